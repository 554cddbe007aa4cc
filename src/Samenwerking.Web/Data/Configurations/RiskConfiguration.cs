using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> builder)
    {
        builder.Property(r => r.Description).HasMaxLength(Risk.DescriptionMaxLength);
        builder.Property(r => r.Mitigation).HasMaxLength(Risk.MitigationMaxLength);
        builder.ToTable(t => t.HasCheckConstraint("ck_risks_class", $"class BETWEEN {Risk.MinClass} AND {Risk.MaxClass}"));
    }
}
