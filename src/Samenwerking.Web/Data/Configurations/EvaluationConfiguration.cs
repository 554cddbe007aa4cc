using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.Property(e => e.Summary).HasMaxLength(Evaluation.SummaryMaxLength);
        builder.Property(e => e.ReportUrl).HasMaxLength(Evaluation.UrlMaxLength);
        builder.ToTable(t => t.HasCheckConstraint("ck_evaluations_date", "performed_on IS NOT NULL OR planned_for IS NOT NULL"));
    }
}
