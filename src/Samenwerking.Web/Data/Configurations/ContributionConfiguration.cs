using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> builder)
    {
        builder.HasIndex(c => new { c.MembershipId, c.Year }).IsUnique();
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_contributions_year", $"year BETWEEN {FinancialYear.MinYear} AND {FinancialYear.MaxYear}");
            t.HasCheckConstraint("ck_contributions_amounts", "budgeted >= 0 AND realised >= 0");
        });
    }
}
