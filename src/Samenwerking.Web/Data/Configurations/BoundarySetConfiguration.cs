using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class BoundarySetConfiguration : IEntityTypeConfiguration<BoundarySet>
{
    public void Configure(EntityTypeBuilder<BoundarySet> builder)
    {
        builder.Property(b => b.Kind).StoredAsName();
        builder.HasEnumCheck<BoundarySet, BoundaryKind>("boundary_sets", "kind");
        builder.HasIndex(b => b.Kind).IsUnique();
        builder.Property(b => b.Format).HasMaxLength(BoundarySet.FormatMaxLength);
        builder.Property(b => b.Content).HasColumnType("jsonb");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_boundary_sets_format", "format IN ('topojson', 'geojson')");
            t.HasCheckConstraint("ck_boundary_sets_feature_count", "feature_count > 0");
        });
    }
}
