using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class ControlMomentConfiguration : IEntityTypeConfiguration<ControlMoment>
{
    public void Configure(EntityTypeBuilder<ControlMoment> builder)
    {
        builder.Property(c => c.Kind).StoredAsName();
        builder.HasEnumCheck<ControlMoment, ControlMomentKind>("control_moments", "kind");
        builder.Property(c => c.Outcome).HasMaxLength(ControlMoment.OutcomeMaxLength);
        builder.ToTable(t => t.HasCheckConstraint("ck_control_moments_year",
            $"year BETWEEN {FinancialYear.MinYear} AND {FinancialYear.MaxYear}"));
    }
}
