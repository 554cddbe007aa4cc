using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

/// <remarks>The same task is placed in the same arrangement by a municipality only once at a time (exclusion constraint in the migration).</remarks>
internal sealed class TaskPlacementConfiguration : IEntityTypeConfiguration<TaskPlacement>
{
    public void Configure(EntityTypeBuilder<TaskPlacement> builder)
    {
        builder.HasOne(p => p.Municipality).WithMany().HasForeignKey(p => p.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.MunicipalTask).WithMany().HasForeignKey(p => p.MunicipalTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.MunicipalityId, p.MunicipalTaskId });
        builder.HasIndex(p => p.MunicipalTaskId);
        builder.Property(p => p.SuggestionReason).HasMaxLength(TaskPlacement.SuggestionReasonMaxLength);
        builder.HasPeriodCheck("task_placements", "start_date", "end_date");
    }
}
