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

    [Fact]
    public async Task Seeds_a_task_catalog_with_codes_taakvelden_and_laws_archive_under_5_4()
    {
        await using var db = Database.CreateContext();
        var tasks = await db.MunicipalTasks.ToListAsync();

        Assert.All(tasks, t => Assert.NotNull(t.Code));
        foreach (var code in new[] { "PG", "JGZ", "BRANDWEER", "CRISIS", "GHOR", "OMGEVINGSDIENST", "VTHBOUW", "WSW", "REINTEGRATIE", "BIJSTAND",
            "SCHULD", "JEUGDHULP", "VEILIGTHUIS", "BWMO", "WMO", "VERVOER", "LEERPLICHT", "RMC", "ARCHIEF", "WOZ", "BELASTING", "AFVAL",
            "RECREATIE", "REKENKAMER", "ICT", "BEDRIJFSVOERING", "REGIO", "ECONOMIE" })
        {
            Assert.Contains(tasks, t => t.Code == code);
        }

        var archive = tasks.Single(t => t.Code == "ARCHIEF");
        Assert.Equal("5.4", archive.Taakveld);
        Assert.Equal("Archiefwet 1995 art. 30, 31, 32", archive.LegalBasis);
        Assert.Equal("Wet publieke gezondheid art. 2, 6, 14", tasks.Single(t => t.Code == "PG").LegalBasis);
        Assert.Equal("Wet veiligheidsregio's art. 10 onder f; Wet publieke gezondheid art. 14 lid 3 en 5", tasks.Single(t => t.Code == "GHOR").LegalBasis);
        var areas = await db.PolicyAreas.ToDictionaryAsync(p => p.Id, p => p.Code);
        Assert.All(tasks, t => Assert.Equal(t.Taakveld.Split('.')[0], areas[t.PolicyAreaId]));
    }

    [Fact]
    public async Task Brings_the_catalog_of_an_existing_register_up_to_date_and_placements_keep_their_task()
    {
        int fireId, archiveId, firePlacements;
        await using (var old = Database.CreateContext())
        {
            // A register seeded before tasks had codes: no codes, no laws, the archive under 0.4, without GHOR.
            await old.Database.ExecuteSqlRawAsync("UPDATE municipal_tasks SET code = NULL, legal_basis = NULL");
            await old.Database.ExecuteSqlRawAsync(
                "UPDATE municipal_tasks SET taakveld = '0.4', policy_area_id = (SELECT id FROM policy_areas WHERE code = '0') WHERE name = 'Archiefbeheer'");
            await old.Database.ExecuteSqlRawAsync("DELETE FROM municipal_tasks WHERE name = 'GHOR'");
            fireId = await old.MunicipalTasks.Where(t => t.Name == "Brandweerzorg").Select(t => t.Id).SingleAsync();
            archiveId = await old.MunicipalTasks.Where(t => t.Name == "Archiefbeheer").Select(t => t.Id).SingleAsync();
            firePlacements = await old.TaskPlacements.CountAsync(p => p.MunicipalTaskId == fireId);
        }

        Assert.False(await Database.GetService<RegisterSeeder>().MigrateAndSeedAsync(CancellationToken.None));
        Assert.False(await Database.GetService<RegisterSeeder>().MigrateAndSeedAsync(CancellationToken.None));

        await using var db = Database.CreateContext();
        var fire = await db.MunicipalTasks.SingleAsync(t => t.Code == "BRANDWEER");
        var archive = await db.MunicipalTasks.SingleAsync(t => t.Code == "ARCHIEF");
        Assert.Equal((fireId, "Wet veiligheidsregio's art. 3, 9, 10 onder e"), (fire.Id, fire.LegalBasis));
        Assert.Equal((archiveId, "5.4"), (archive.Id, archive.Taakveld));
        Assert.Equal(firePlacements, await db.TaskPlacements.CountAsync(p => p.MunicipalTaskId == fireId));
        Assert.True(firePlacements > 300);
        Assert.Equal(1, await db.MunicipalTasks.CountAsync(t => t.Code == "GHOR"));
        Assert.False(await db.MunicipalTasks.AnyAsync(t => t.Code == null));
    }
}
