using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class ArrangementVersionConfiguration : IEntityTypeConfiguration<ArrangementVersion>
{
    public void Configure(EntityTypeBuilder<ArrangementVersion> builder)
    {
        builder.Property(v => v.NationalRegisterId).HasMaxLength(Arrangement.NationalRegisterIdMaxLength);
        builder.HasIndex(v => v.NationalRegisterId).IsUnique();
        builder.HasIndex(v => v.ArrangementId);
        builder.Property(v => v.Title).HasMaxLength(ArrangementVersion.TitleMaxLength);
        builder.Property(v => v.PublicationUrl).HasMaxLength(LegalBasisLink.UrlMaxLength);
        builder.HasPeriodCheck("arrangement_versions", "start_date", "end_date");
        builder.ToTable("arrangement_versions", t =>
            t.HasCheckConstraint("ck_arrangement_versions_publication_url", "publication_url ~ '^https?://'"));
    }
}
