using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class TransferredPowerConfiguration : IEntityTypeConfiguration<TransferredPower>
{
    public void Configure(EntityTypeBuilder<TransferredPower> builder)
    {
        builder.Property(p => p.Description).HasMaxLength(TransferredPower.DescriptionMaxLength);
        builder.Property(p => p.LegalBasis).HasMaxLength(TransferredPower.LegalBasisMaxLength);
        builder.Property(p => p.Acquisition).StoredAsName();
        builder.HasEnumCheck<TransferredPower, PowerAcquisition>("transferred_powers", "acquisition");
        builder.ToTable("transferred_powers");
    }
}
