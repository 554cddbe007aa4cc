using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

/// <remarks>
/// A participant may be in an arrangement only once at a time: an exclusion constraint over the membership
/// period, added in the migration (EF Core cannot model it), enforces that.
/// </remarks>
internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.HasOne(m => m.Municipality).WithMany().HasForeignKey(m => m.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.MunicipalityId);
        builder.HasIndex(m => m.OrganisationId);
        builder.Property(m => m.CostSharePercentage).HasPrecision(7, 4);
        builder.PrimitiveCollection(m => m.GoverningBodies).ElementType(e => e.HasConversion<string>().HasMaxLength(Constraints.EnumMaxLength));
        builder.Property(m => m.AdministrativeInterest).StoredAsName();
        builder.HasEnumCheck<Membership, AdministrativeInterest>("memberships", "administrative_interest");
        builder.PrimitiveCollection(m => m.FinancialInterests).ElementType(e => e.HasConversion<string>().HasMaxLength(Constraints.EnumMaxLength));
        builder.Property(m => m.InterestsReason).HasMaxLength(Membership.InterestsReasonMaxLength);
        builder.HasOne(m => m.FormerMunicipality).WithMany().HasForeignKey(m => m.FormerMunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.CouncilCommittee).HasMaxLength(Membership.CommitteeMaxLength);
        builder.HasMany(m => m.Representatives).WithOne().HasForeignKey(r => r.MembershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Contributions).WithOne().HasForeignKey(c => c.MembershipId).OnDelete(DeleteBehavior.Cascade);

        builder.HasPeriodCheck("memberships", "join_date", "leave_date");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_memberships_one_participant", "num_nonnulls(municipality_id, organisation_id) = 1");
            t.HasCheckConstraint("ck_memberships_governing_bodies",
                $"governing_bodies::text[] <@ ARRAY[{Constraints.EnumNames<GoverningBody>()}]::text[]");
            t.HasCheckConstraint("ck_memberships_financial_interests",
                $"financial_interests::text[] <@ ARRAY[{Constraints.EnumNames<FinancialInterest>()}]::text[]");
            t.HasCheckConstraint("ck_memberships_former_municipality",
                "former_municipality_id IS NULL OR (municipality_id IS NOT NULL AND former_municipality_id <> municipality_id)");
            t.HasCheckConstraint("ck_memberships_cost_share", "cost_share_percentage BETWEEN 0 AND 100");
            t.HasCheckConstraint("ck_memberships_risk_class", $"risk_class BETWEEN {Risk.MinClass} AND {Risk.MaxClass}");
        });
    }
}
