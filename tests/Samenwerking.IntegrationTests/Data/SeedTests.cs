using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Data.Seed;
using Samenwerking.Web.Domain;

namespace Samenwerking.IntegrationTests.Data;

public sealed class SeedTests(RegisterDatabase database) : RegisterTest(database)
{
    [Fact]
    public async Task Seeds_all_342_municipalities_of_2026_in_the_12_provinces()
    {
        await using var db = Database.CreateContext();

        Assert.Equal(342, await db.Municipalities.CountAsync(m => m.ValidTo == null));
        Assert.Equal(12, await db.Provinces.CountAsync());
        var hague = await db.Municipalities.Include(m => m.Province).SingleAsync(m => m.Code == "GM0518");
        Assert.Equal("'s-Gravenhage", hague.Name);
        Assert.Equal("Zuid-Holland", hague.Province!.Name);
        Assert.True(await db.Municipalities.AnyAsync(m => m.Name == "Súdwest-Fryslân"));
    }

    [Fact]
    public async Task Seeds_the_merged_municipalities_the_national_register_still_names_with_their_successors()
    {
        await using var db = Database.CreateContext();

        var brielle = await db.Municipalities.Include(m => m.Successor).SingleAsync(m => m.Code == "GM0501");
        Assert.Equal((new DateOnly(2023, 1, 1), "Voorne aan Zee"), (brielle.ValidTo, brielle.Successor!.Name));
        var haaren = await db.Municipalities.SingleAsync(m => m.Code == "GM0788");
        Assert.Null(haaren.SuccessorId);
        Assert.All(await db.Municipalities.Where(m => m.ValidTo != null).Include(m => m.Successor).ToListAsync(),
            m => Assert.True(m.Successor is null || m.Successor.ValidTo is null));
    }

    [Fact]
    public async Task Seeds_25_veiligheidsregios_as_tactical_public_bodies_each_municipality_in_exactly_one()
    {
        await using var db = Database.CreateContext();
        var regions = await db.Arrangements.Where(a => a.Name.StartsWith("Veiligheidsregio "))
            .Select(a => new { a.LegalForm, a.GoalLevel, a.NationalRegisterId, Members = a.Memberships.Select(m => m.MunicipalityId).ToList() })
            .ToListAsync();

        Assert.Equal(25, regions.Count);
        // Each carries its national identity, so an import links it exactly.
        Assert.Equal(25, regions.Select(r => r.NationalRegisterId).OfType<string>().Distinct().Count());
        Assert.All(regions, r => Assert.Equal((LegalForm.OpenbaarLichaam, GoalLevel.Tactisch), (r.LegalForm, r.GoalLevel)));
        var members = regions.SelectMany(r => r.Members).ToList();
        Assert.Equal(342, members.Count);
        Assert.Equal(342, members.Distinct().Count());
    }

    [Fact]
    public async Task Places_fire_services_of_every_municipality_in_its_veiligheidsregio()
    {
        await using var db = Database.CreateContext();

        var placed = await db.TaskPlacements
            .Where(p => p.MunicipalTask!.Name == "Brandweerzorg" && p.Arrangement!.Name.StartsWith("Veiligheidsregio "))
            .Select(p => p.MunicipalityId)
            .Distinct()
            .CountAsync();

        Assert.Equal(342, placed);
    }

    [Fact]
    public async Task Examples_cover_every_legal_form_and_goal_level_and_are_marked_as_examples()
    {
        await using var db = Database.CreateContext();
        var examples = await db.Arrangements.Where(a => a.IsExample).Select(a => new { a.Name, a.LegalForm, a.GoalLevel }).ToListAsync();

        // Cross-border bodies come only from the national register.
        Assert.Equal(Enum.GetValues<LegalForm>().Where(f => !f.IsCrossBorder()).Order(), examples.Select(e => e.LegalForm).Distinct().Order());
        Assert.Equal(Enum.GetValues<GoalLevel>().Order(), examples.Select(e => e.GoalLevel).Distinct().Order());
        Assert.All(examples, e => Assert.StartsWith("Voorbeeld", e.Name, StringComparison.Ordinal));
        Assert.False(await db.Arrangements.AnyAsync(a => !a.IsExample && !a.Name.StartsWith("Veiligheidsregio ")));
    }

    [Fact]
    public async Task Seeds_the_task_catalog_under_the_BBV_policy_areas()
    {
        await using var db = Database.CreateContext();

        Assert.Equal(9, await db.PolicyAreas.CountAsync());
        Assert.True(await db.MunicipalTasks.CountAsync() >= 30);
        var youth = await db.MunicipalTasks.Include(t => t.PolicyArea).SingleAsync(t => t.Name == "Inkoop jeugdhulp");
        Assert.Equal(("6.72", "Sociaal domein"), (youth.Taakveld, youth.PolicyArea!.Name));
    }

    [Fact]
    public async Task Seeds_the_provinces_as_organisations_that_can_take_part()
    {
        await using var db = Database.CreateContext();

        var provinces = await db.Organisations.Where(o => o.Kind == OrganisationKind.Provincie).ToListAsync();

        Assert.Equal(12, provinces.Count);
        Assert.Equal("Provincie Fryslân", provinces.Single(p => p.Identifier == "PV21").Name);
    }

    [Fact]
    public async Task Seeds_only_an_empty_register()
    {
        var seeder = Database.GetService<RegisterSeeder>();
        await using var db = Database.CreateContext();
        var before = await db.Arrangements.CountAsync();

        var seeded = await seeder.MigrateAndSeedAsync(CancellationToken.None);

        Assert.False(seeded);
        Assert.Equal(before, await db.Arrangements.CountAsync());
        Assert.Equal(342, await db.Municipalities.CountAsync(m => m.ValidTo == null));
    }

    [Fact]
    public async Task Seeds_no_examples_they_are_a_demo_asked_for()
    {
        await Database.ResetAsync(withExamples: false);
        await using var db = Database.CreateContext();

        Assert.False(await db.Arrangements.AnyAsync(a => a.IsExample));
        Assert.Equal(ExamplesResult.Added, await Database.GetService<RegisterSeeder>().AddExamplesAsync(CancellationToken.None));
        Assert.Equal(13, await db.Arrangements.CountAsync(a => a.IsExample));
        Assert.Equal(ExamplesResult.AlreadyPresent, await Database.GetService<RegisterSeeder>().AddExamplesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Refuses_examples_in_a_register_that_holds_real_arrangements()
    {
        await Database.ResetAsync(withExamples: false);
        await Database.AddArrangementAsync("Omgevingsdienst Echt", ["GM0344", "GM0312"]);

        Assert.Equal(ExamplesResult.RegisterHoldsRealData, await Database.GetService<RegisterSeeder>().AddExamplesAsync(CancellationToken.None));
        await using var db = Database.CreateContext();
        Assert.False(await db.Arrangements.AnyAsync(a => a.IsExample));
    }
}
