using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class LegalBasisLinkConfiguration : IEntityTypeConfiguration<LegalBasisLink>
{
    public void Configure(EntityTypeBuilder<LegalBasisLink> builder)
    {
        builder.Property(l => l.Title).HasMaxLength(LegalBasisLink.TitleMaxLength);
        builder.Property(l => l.Url).HasMaxLength(LegalBasisLink.UrlMaxLength);
        builder.Property(l => l.Kind).StoredAsName();
        builder.HasEnumCheck<LegalBasisLink, LinkKind>("legal_basis_links", "kind");
        builder.ToTable("legal_basis_links", t => t.HasCheckConstraint("ck_legal_basis_links_url", "url ~ '^https?://'"));
    }
}
