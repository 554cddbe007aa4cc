using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Code).HasMaxLength(Municipality.CodeLength).IsFixedLength();
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(Municipality.NameMaxLength);
        builder.Property(m => m.ProvinceCode).HasMaxLength(Province.CodeLength).IsFixedLength();
        builder.HasOne(m => m.Province).WithMany().HasForeignKey(m => m.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Successor).WithMany().HasForeignKey(m => m.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_municipalities_code", "code ~ '^GM[0-9]{4}$'");
            t.HasCheckConstraint("ck_municipalities_successor", "successor_id IS NULL OR successor_id <> id");
        });
        builder.HasPeriodCheck("municipalities", "valid_from", "valid_to");
    }
}
