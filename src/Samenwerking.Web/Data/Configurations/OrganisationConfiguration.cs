using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
        builder.Property(o => o.Kind).StoredAsName();
        builder.HasEnumCheck<Organisation, OrganisationKind>("organisations", "kind");
        builder.Property(o => o.Identifier).HasMaxLength(Organisation.IdentifierMaxLength);
        builder.HasIndex(o => o.Identifier).IsUnique();
    }
}
