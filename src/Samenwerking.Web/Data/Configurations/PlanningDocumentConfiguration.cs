using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Domain.Calendar;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class PlanningDocumentConfiguration : IEntityTypeConfiguration<PlanningDocument>
{
    public void Configure(EntityTypeBuilder<PlanningDocument> builder)
    {
        builder.Property(d => d.Kind).StoredAsName();
        builder.HasEnumCheck<PlanningDocument, PlanningDocumentKind>("planning_documents", "kind");
        builder.Property(d => d.Title).HasMaxLength(PlanningDocument.TitleMaxLength);
        builder.Property(d => d.Link).HasMaxLength(PlanningDocument.LinkMaxLength);
        builder.Property(d => d.Version).IsRowVersion();
        builder.HasIndex(d => new { d.ArrangementId, d.Kind, d.Year, d.Number }).IsUnique();
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_planning_documents_year", $"year BETWEEN {FinancialYear.MinYear} AND {FinancialYear.MaxYear}");
            // The yearly documents are one per year; amendments and drafts are numbered from 1.
            t.HasCheckConstraint("ck_planning_documents_number",
                "(kind IN ('Begrotingswijziging', 'OntwerpRegeling') AND number >= 1) OR (kind NOT IN ('Begrotingswijziging', 'OntwerpRegeling') AND number = 0)");
            t.HasCheckConstraint("ck_planning_documents_revision", "revision >= 0");
        });
        builder.HasMany(d => d.Zienswijzen).WithOne(z => z.PlanningDocument).HasForeignKey(z => z.PlanningDocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
