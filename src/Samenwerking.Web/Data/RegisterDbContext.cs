using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data.Configurations;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Domain.Calendar;

namespace Samenwerking.Web.Data;

/// <summary>The register, its users (ASP.NET Core Identity) and the data-protection keys, in one database.</summary>
public sealed class RegisterDbContext(DbContextOptions<RegisterDbContext> options)
    : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<PolicyArea> PolicyAreas => Set<PolicyArea>();

    public DbSet<MunicipalTask> MunicipalTasks => Set<MunicipalTask>();

    public DbSet<Arrangement> Arrangements => Set<Arrangement>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<TaskPlacement> TaskPlacements => Set<TaskPlacement>();

    public DbSet<Contribution> Contributions => Set<Contribution>();

    public DbSet<FinancialYear> FinancialYears => Set<FinancialYear>();

    public DbSet<Risk> Risks => Set<Risk>();

    public DbSet<Evaluation> Evaluations => Set<Evaluation>();

    public DbSet<PlanningDocument> PlanningDocuments => Set<PlanningDocument>();

    public DbSet<Zienswijze> Zienswijzen => Set<Zienswijze>();

    public DbSet<RiskRegime> RiskRegimes => Set<RiskRegime>();

    public DbSet<PartyPolicy> PartyPolicies => Set<PartyPolicy>();

    public DbSet<ChangeRecord> ChangeRecords => Set<ChangeRecord>();

    public DbSet<BoundarySet> BoundarySets => Set<BoundarySet>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        IdentityTables.Configure(builder);

        // Exclusion constraints (no overlapping periods) compare integer ids with GiST.
        builder.HasPostgresExtension("btree_gist");
        builder.ApplyConfigurationsFromAssembly(typeof(RegisterDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
