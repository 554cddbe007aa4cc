using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class PartyPolicyConfiguration : IEntityTypeConfiguration<PartyPolicy>
{
    public void Configure(EntityTypeBuilder<PartyPolicy> builder)
    {
        builder.ToTable("party_policies");
        builder.Property(p => p.Vision).HasMaxLength(PartyPolicy.TextMaxLength);
        builder.Property(p => p.Intentions).HasMaxLength(PartyPolicy.TextMaxLength);
        builder.Property(p => p.Accountability).HasMaxLength(PartyPolicy.TextMaxLength);
        builder.Property(p => p.Version).IsRowVersion();
        // One set of texts per participation and year.
        builder.HasIndex(p => new { p.MembershipId, p.Year }).IsUnique();
        builder.HasOne<Membership>().WithMany().HasForeignKey(p => p.MembershipId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("ck_party_policies_year", $"year BETWEEN {FinancialYear.MinYear} AND {FinancialYear.MaxYear}"));
    }
}
