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
            t.HasCheckConstraint("ck_arrangements_centrumregeling",
                "legal_form <> 'Centrumregeling' OR central_municipality_id IS NOT NULL");
        });
    }
}
