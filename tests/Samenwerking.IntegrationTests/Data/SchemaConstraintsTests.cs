using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;

namespace Samenwerking.IntegrationTests.Data;

/// <summary>The database itself refuses what the domain forbids, whatever code writes to it.</summary>
public sealed class SchemaConstraintsTests(RegisterDatabase database) : RegisterTest(database)
{
    [Fact]
    public async Task The_migrations_match_the_model()
    {
        await using var db = Database.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Rejects_a_second_municipality_with_the_same_CBS_code()
    {
        await using var db = Database.CreateContext();
        db.Municipalities.Add(new Municipality { Code = "GM0344", Name = "Tweede Utrecht", ProvinceCode = "PV26" });

        var error = await SaveFailsAsync(db);

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.Equal("ix_municipalities_code", error.ConstraintName);
    }

    [Theory]
    [InlineData("GM344")]
    [InlineData("PV0344")]
    [InlineData("gm0344")]
    public async Task Rejects_a_municipality_code_that_is_not_GM_and_four_digits(string code)
    {
        await using var db = Database.CreateContext();
        db.Municipalities.Add(new Municipality { Code = code, Name = "Nergenshuizen", ProvinceCode = "PV26" });

        var error = await SaveFailsAsync(db);

        Assert.Equal("ck_municipalities_code", error.ConstraintName);
    }

    [Fact]
    public async Task Rejects_an_arrangement_that_ends_before_it_starts()
    {
        await using var db = Database.CreateContext();
        db.Arrangements.Add(new Arrangement
        {
            Name = "Omgekeerde regeling", StartDate = new DateOnly(2024, 1, 1), EndDate = new DateOnly(2023, 12, 31),
        });

        var error = await SaveFailsAsync(db);

        Assert.Equal("ck_arrangements_period", error.ConstraintName);
    }

    [Fact]
    public async Task Rejects_a_membership_that_ends_before_it_starts()
    {
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => Database.AddArrangementAsync(
            "Regeling", ["GM0344"], joinDate: new DateOnly(2024, 1, 1), leaveDate: new DateOnly(2020, 1, 1)));

        Assert.Equal("ck_memberships_period", ((PostgresException)error.InnerException!).ConstraintName);
    }

    [Fact]
    public async Task Rejects_a_second_membership_of_the_same_municipality_at_the_same_time()
    {
        var arrangement = await Database.AddArrangementAsync("Regeling", ["GM0344"], joinDate: new DateOnly(2020, 1, 1));
        await using var db = Database.CreateContext();
        db.Memberships.Add(new Membership
        {
            ArrangementId = arrangement.Id, MunicipalityId = await IdOfAsync(db, "GM0344"), JoinDate = new DateOnly(2023, 1, 1),
        });

        var error = await SaveFailsAsync(db);

        Assert.Equal(PostgresErrorCodes.ExclusionViolation, error.SqlState);
        Assert.Equal("ex_memberships_municipality_period", error.ConstraintName);
    }

    [Fact]
    public async Task Allows_a_municipality_to_join_again_after_it_left()
    {
        var arrangement = await Database.AddArrangementAsync(
            "Regeling", ["GM0344"], joinDate: new DateOnly(2015, 1, 1), leaveDate: new DateOnly(2020, 1, 1));
        await using var db = Database.CreateContext();
        db.Memberships.Add(new Membership
        {
            ArrangementId = arrangement.Id, MunicipalityId = await IdOfAsync(db, "GM0344"), JoinDate = new DateOnly(2020, 1, 1),
        });

        await db.SaveChangesAsync();

        Assert.Equal(2, await db.Memberships.CountAsync(m => m.ArrangementId == arrangement.Id));
    }

    [Fact]
    public async Task Rejects_a_membership_with_no_participant_or_with_two()
    {
        var arrangement = await Database.AddArrangementAsync("Regeling", []);
        await using var db = Database.CreateContext();
        var organisation = new Organisation { Name = "Waterschap", Kind = OrganisationKind.Waterschap };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();

        db.Memberships.Add(new Membership { ArrangementId = arrangement.Id });
        Assert.Equal("ck_memberships_one_participant", (await SaveFailsAsync(db)).ConstraintName);

        db.ChangeTracker.Clear();
        db.Memberships.Add(new Membership
        {
            ArrangementId = arrangement.Id, OrganisationId = organisation.Id, MunicipalityId = await IdOfAsync(db, "GM0344"),
        });
        Assert.Equal("ck_memberships_one_participant", (await SaveFailsAsync(db)).ConstraintName);
    }

    [Theory]
    [InlineData(100.01)]
    [InlineData(-1)]
    public async Task Rejects_a_cost_share_outside_0_to_100_percent(decimal percentage)
    {
        var arrangement = await Database.AddArrangementAsync("Regeling", []);
        await using var db = Database.CreateContext();
        db.Memberships.Add(new Membership
        {
            ArrangementId = arrangement.Id, MunicipalityId = await IdOfAsync(db, "GM0344"), CostSharePercentage = percentage,
        });

        Assert.Equal("ck_memberships_cost_share", (await SaveFailsAsync(db)).ConstraintName);
    }

    [Fact]
    public async Task Rejects_a_centrumregeling_without_a_central_municipality()
    {
        await using var db = Database.CreateContext();
        db.Arrangements.Add(new Arrangement { Name = "Centrumregeling zonder centrum", LegalForm = LegalForm.Centrumregeling });

        Assert.Equal("ck_arrangements_centrumregeling", (await SaveFailsAsync(db)).ConstraintName);
    }

    [Fact]
    public async Task Rejects_placing_the_same_task_in_the_same_arrangement_twice_at_the_same_time()
    {
        var arrangement = await Database.AddArrangementAsync("Regeling", ["GM0344"], tasks: ["Leerplicht"]);
        await using var db = Database.CreateContext();
        db.TaskPlacements.Add(new TaskPlacement
        {
            ArrangementId = arrangement.Id,
            MunicipalityId = await IdOfAsync(db, "GM0344"),
            MunicipalTaskId = await db.MunicipalTasks.Where(t => t.Name == "Leerplicht").Select(t => t.Id).SingleAsync(),
            StartDate = new DateOnly(2024, 1, 1),
        });

        Assert.Equal("ex_task_placements_period", (await SaveFailsAsync(db)).ConstraintName);
    }

    [Fact]
    public async Task Rejects_a_legal_form_the_domain_does_not_know()
    {
        await using var db = Database.CreateContext();

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE arrangements SET legal_form = 'Kerkgenootschap'"));

        Assert.Equal("ck_arrangements_legal_form", error.ConstraintName);
    }

    [Fact]
    public async Task Rejects_negative_debt_and_a_negative_contribution_but_keeps_negative_equity()
    {
        await using var db = Database.CreateContext();
        var arrangement = await db.Arrangements.Include(a => a.Memberships).OrderBy(a => a.Id).FirstAsync(a => a.Memberships.Count > 0);
        arrangement.FinancialYears.Add(new FinancialYear { Year = 2026, EquityEnd = -250_000, Result = -40_000 });
        await db.SaveChangesAsync();

        arrangement.FinancialYears[^1].DebtStart = -1;
        var debt = await SaveFailsAsync(db);
        db.ChangeTracker.Clear();
        db.Contributions.Add(new Contribution { MembershipId = arrangement.Memberships[0].Id, Year = 2026, Realised = -1 });
        var contribution = await SaveFailsAsync(db);

        Assert.Equal("ck_financial_years_debt", debt.ConstraintName);
        Assert.Equal("ck_contributions_amounts", contribution.ConstraintName);
    }

    [Fact]
    public async Task Keeps_the_change_history_append_only()
    {
        await using var db = Database.CreateContext();
        db.ChangeRecords.Add(new ChangeRecord
        {
            At = DateTimeOffset.UtcNow,
            UserName = "test",
            EntityType = nameof(Arrangement),
            EntityId = 1,
            Action = ChangeAction.Modified,
            Changes = [new FieldChange("Name", "Oud", "Nieuw")],
        });
        await db.SaveChangesAsync();

        var update = await Assert.ThrowsAsync<PostgresException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE change_records SET user_name = 'iemand anders'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM change_records"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, update.SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, delete.SqlState);
        var stored = await db.ChangeRecords.AsNoTracking().OrderBy(c => c.Id).LastAsync();
        Assert.Equal(new FieldChange("Name", "Oud", "Nieuw"), Assert.Single(stored.Changes));
    }

    private static async Task<PostgresException> SaveFailsAsync(Web.Data.RegisterDbContext db)
    {
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        return Assert.IsType<PostgresException>(error.InnerException);
    }

    private static Task<int> IdOfAsync(Web.Data.RegisterDbContext db, string code) =>
        db.Municipalities.Where(m => m.Code == code).Select(m => m.Id).SingleAsync();
}
