using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class MunicipalTaskConfiguration : IEntityTypeConfiguration<MunicipalTask>
{
    public void Configure(EntityTypeBuilder<MunicipalTask> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(MunicipalTask.NameMaxLength);
        builder.HasIndex(t => t.Name).IsUnique();
        builder.Property(t => t.Code).HasMaxLength(MunicipalTask.CodeMaxLength);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.Property(t => t.LegalBasis).HasMaxLength(MunicipalTask.LegalBasisMaxLength);
        builder.Property(t => t.Taakveld).HasMaxLength(MunicipalTask.TaakveldMaxLength);
        builder.Property(t => t.Description).HasMaxLength(MunicipalTask.DescriptionMaxLength);
        builder.HasOne(t => t.PolicyArea).WithMany().HasForeignKey(t => t.PolicyAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_municipal_tasks_taakveld", "taakveld ~ '^[0-9](\\.[0-9]{1,2})?$'"));
    }
}
