using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

/// <remarks>Append-only: a trigger added in the migration refuses updates and deletes.</remarks>
internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.Property(c => c.UserName).HasMaxLength(ChangeRecord.UserNameMaxLength);
        builder.Property(c => c.EntityType).HasMaxLength(ChangeRecord.EntityTypeMaxLength);
        builder.Property(c => c.Action).StoredAsName();
        builder.HasEnumCheck<ChangeRecord, ChangeAction>("change_records", "action");
        builder.OwnsMany(c => c.Changes, changes => changes.ToJson());
        builder.HasIndex(c => new { c.ArrangementId, c.At });
        builder.HasIndex(c => new { c.EntityType, c.EntityId });
    }
}
