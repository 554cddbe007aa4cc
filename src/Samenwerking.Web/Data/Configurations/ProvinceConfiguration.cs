using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(Province.CodeLength).IsFixedLength();
        builder.Property(p => p.Name).HasMaxLength(Province.NameMaxLength);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("ck_provinces_code", "code ~ '^PV[0-9]{2}$'"));
    }
}
