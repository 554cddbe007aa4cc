using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class RepresentativeConfiguration : IEntityTypeConfiguration<Representative>
{
    public void Configure(EntityTypeBuilder<Representative> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(Representative.NameMaxLength);
        builder.Property(r => r.Role).HasMaxLength(Representative.RoleMaxLength);
        builder.Property(r => r.Board).StoredAsName();
        builder.HasEnumCheck<Representative, Board>("representatives", "board");
        builder.ToTable("representatives");
    }
}
