using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class FinancialYearConfiguration : IEntityTypeConfiguration<FinancialYear>
{
    public void Configure(EntityTypeBuilder<FinancialYear> builder)
    {
        builder.HasIndex(f => new { f.ArrangementId, f.Year }).IsUnique();
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_financial_years_year", $"year BETWEEN {FinancialYear.MinYear} AND {FinancialYear.MaxYear}");
            t.HasCheckConstraint("ck_financial_years_debt", "debt_start >= 0 AND debt_end >= 0");
        });
    }
}
