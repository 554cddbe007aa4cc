using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

/// <remarks>
/// The same task is placed in the same arrangement by a municipality only once at a time, and a confirmed placement of a
/// task excludes every other placement of it for that municipality at the same time, in any arrangement or kept itself
/// (exclusion constraints in the migrations; decision 0026).
/// </remarks>
internal sealed class TaskPlacementConfiguration : IEntityTypeConfiguration<TaskPlacement>
{
    public void Configure(EntityTypeBuilder<TaskPlacement> builder)
    {
        builder.HasOne(p => p.Municipality).WithMany().HasForeignKey(p => p.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.MunicipalTask).WithMany().HasForeignKey(p => p.MunicipalTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.MunicipalityId, p.MunicipalTaskId });
        builder.HasIndex(p => p.MunicipalTaskId);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Property(p => p.SuggestionReason).HasMaxLength(TaskPlacement.SuggestionReasonMaxLength);
        builder.HasPeriodCheck("task_placements", "start_date", "end_date");
    }
}
