using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data;

public sealed class RegisterDbContext(DbContextOptions<RegisterDbContext> options) : DbContext(options)
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

    public DbSet<ControlMoment> ControlMoments => Set<ControlMoment>();

    public DbSet<ChangeRecord> ChangeRecords => Set<ChangeRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Exclusion constraints (no overlapping periods) compare integer ids with GiST.
        modelBuilder.HasPostgresExtension("btree_gist");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegisterDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
