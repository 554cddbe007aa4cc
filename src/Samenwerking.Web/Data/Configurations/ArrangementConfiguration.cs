using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data.Configurations;

internal sealed class ArrangementConfiguration : IEntityTypeConfiguration<Arrangement>
{
    public void Configure(EntityTypeBuilder<Arrangement> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(Arrangement.NameMaxLength);
        builder.HasIndex(a => a.Name);
        builder.Property(a => a.ShortName).HasMaxLength(Arrangement.ShortNameMaxLength);
        builder.Property(a => a.GoalLevel).StoredAsName();
        builder.HasEnumCheck<Arrangement, GoalLevel>("arrangements", "goal_level");
        builder.Property(a => a.GoalLevelReason).HasMaxLength(Arrangement.GoalLevelReasonMaxLength);
        builder.Property(a => a.LegalForm).StoredAsName();
        builder.HasEnumCheck<Arrangement, LegalForm>("arrangements", "legal_form");
        builder.Property(a => a.Purpose).HasMaxLength(Arrangement.TextMaxLength);
        builder.Property(a => a.PublicInterest).HasMaxLength(Arrangement.TextMaxLength);
        builder.Property(a => a.Seat).HasMaxLength(Arrangement.SeatMaxLength);
        builder.Property(a => a.Address).HasMaxLength(Arrangement.AddressMaxLength);
        builder.Property(a => a.NationalRegisterId).HasMaxLength(Arrangement.NationalRegisterIdMaxLength);
        builder.HasIndex(a => a.NationalRegisterId).IsUnique();
        builder.Property(a => a.NationalRegisterVersion).HasMaxLength(Arrangement.NationalRegisterIdMaxLength);
        builder.PrimitiveCollection(a => a.PowerAcquisitions).ElementType(e => e.HasConversion<string>().HasMaxLength(Constraints.EnumMaxLength));
        builder.ToTable(t => t.HasCheckConstraint("ck_arrangements_power_acquisitions",
            $"power_acquisitions::text[] <@ ARRAY[{Constraints.EnumNames<PowerAcquisition>()}]::text[]"));
        builder.Property(a => a.ZienswijzeDecisions).HasMaxLength(Arrangement.TextMaxLength);
        builder.Property(a => a.AdvisoryCommittee).HasMaxLength(Arrangement.AdvisoryCommitteeMaxLength);
        builder.Property(a => a.ResidentParticipation).HasMaxLength(Arrangement.TextMaxLength);
        builder.Property(a => a.ExitCosts).HasMaxLength(Arrangement.TextMaxLength);
        builder.Property(a => a.ExitRules).HasMaxLength(Arrangement.TextMaxLength);
        builder.Property(a => a.AmendmentStatus).StoredAsName();
        builder.HasEnumCheck<Arrangement, Domain.Instruments.AmendmentStatus>("arrangements", "amendment_status");
        builder.Property(a => a.Version).IsRowVersion();
        builder.Property(a => a.UpdatedBy).HasMaxLength(ChangeRecord.UserNameMaxLength);
        builder.Ignore(a => a.BbvGroup);

        builder.HasOne(a => a.CentralMunicipality).WithMany().HasForeignKey(a => a.CentralMunicipalityId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.PolicyAreas).WithMany(p => p.Arrangements)
            .UsingEntity<Dictionary<string, object>>(
                "arrangement_policy_areas",
                policyArea => policyArea.HasOne<PolicyArea>().WithMany().HasForeignKey("PolicyAreaId").OnDelete(DeleteBehavior.Restrict),
                arrangement => arrangement.HasOne<Arrangement>().WithMany().HasForeignKey("ArrangementId").OnDelete(DeleteBehavior.Cascade));
        builder.HasMany(a => a.Links).WithOne().HasForeignKey(l => l.ArrangementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Powers).WithOne().HasForeignKey(p => p.ArrangementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Memberships).WithOne(m => m.Arrangement).HasForeignKey(m => m.ArrangementId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.ArrangementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.TaskPlacements).WithOne(p => p.Arrangement).HasForeignKey(p => p.ArrangementId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.FinancialYears).WithOne().HasForeignKey(f => f.ArrangementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Risks).WithOne().HasForeignKey(r => r.ArrangementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Evaluations).WithOne().HasForeignKey(e => e.ArrangementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.PlanningDocuments).WithOne(d => d.Arrangement).HasForeignKey(d => d.ArrangementId).OnDelete(DeleteBehavior.Cascade);

        builder.HasPeriodCheck("arrangements", "start_date", "end_date");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_arrangements_name", "btrim(name) <> ''");
            t.HasCheckConstraint("ck_arrangements_evaluation_period",
                $"evaluation_period_years IS NULL OR evaluation_period_years BETWEEN {Arrangement.MinEvaluationPeriodYears} AND {Arrangement.MaxEvaluationPeriodYears}");
            t.HasCheckConstraint("ck_arrangements_exit_notice",
                $"exit_notice_months IS NULL OR exit_notice_months BETWEEN 0 AND {Arrangement.MaxExitNoticeMonths}");
            t.HasCheckConstraint("ck_arrangements_amended_on", "amended_on IS NULL OR amendment_status = 'Aangepast'");
            t.HasCheckConstraint("ck_arrangements_amended_on_date", "amended_on IS NULL OR amended_on >= DATE '2022-01-01'");
            // Only whether a description goes with "yes": the form also refuses "yes" for another form than an openbaar lichaam,
            // but an import that corrects the legal form must not fail on it.
            t.HasCheckConstraint("ck_arrangements_advisory_committee", "has_advisory_committee IS TRUE OR advisory_committee IS NULL");
            t.HasCheckConstraint("ck_arrangements_centrumregeling",
                "legal_form <> 'Centrumregeling' OR central_municipality_id IS NOT NULL");
        });
    }
}
