using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class RiskRegimeConfiguration : IEntityTypeConfiguration<RiskRegime>
{
    public void Configure(EntityTypeBuilder<RiskRegime> builder)
    {
        builder.Property(r => r.Description).HasMaxLength(RiskRegime.DescriptionMaxLength);
        builder.Property(r => r.Version).IsRowVersion();
        // One regime per class and municipality.
        builder.HasIndex(r => new { r.MunicipalityId, r.RiskClass }).IsUnique();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(r => r.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_risk_regimes_risk_class", $"risk_class BETWEEN {Risk.MinClass} AND {Risk.MaxClass}");
            t.HasCheckConstraint("ck_risk_regimes_description", "length(btrim(description)) > 0");
        });
    }
}
