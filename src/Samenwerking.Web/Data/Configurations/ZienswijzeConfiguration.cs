using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain.Calendar;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class ZienswijzeConfiguration : IEntityTypeConfiguration<Zienswijze>
{
    public void Configure(EntityTypeBuilder<Zienswijze> builder)
    {
        builder.ToTable("zienswijzen");
        builder.Property(z => z.Status).StoredAsName();
        builder.HasEnumCheck<Zienswijze, ZienswijzeStatus>("zienswijzen", "status");
        builder.Property(z => z.Text).HasMaxLength(Zienswijze.TextMaxLength);
        builder.Property(z => z.Link).HasMaxLength(Zienswijze.LinkMaxLength);
        builder.Property(z => z.Reply).HasMaxLength(Zienswijze.TextMaxLength);
        builder.Property(z => z.Version).IsRowVersion();
        // Each council its own zienswijze on a document: one row per document and municipality.
        builder.HasIndex(z => new { z.PlanningDocumentId, z.MunicipalityId }).IsUnique();
        builder.HasOne(z => z.Municipality).WithMany().HasForeignKey(z => z.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_zienswijzen_planned", "status <> 'Gepland' OR meeting_on IS NOT NULL");
            t.HasCheckConstraint("ck_zienswijzen_given", "status <> 'Gegeven' OR (given_on IS NOT NULL AND (text IS NOT NULL OR link IS NOT NULL))");
            t.HasCheckConstraint("ck_zienswijzen_reply", "reply_on IS NULL OR reply IS NOT NULL");
        });
    }
}
