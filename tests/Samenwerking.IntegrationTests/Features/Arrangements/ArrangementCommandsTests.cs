using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements.Editing;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Arrangements;

/// <summary>Registering and changing arrangements through the service the form uses, on the real database.</summary>
public sealed class ArrangementCommandsTests(RegisterDatabase database) : RegisterTest(database)
{
    private ArrangementCommands Commands => Database.GetService<ArrangementCommands>();

    private static ArrangementForm NewForm(params string[] codes) => new()
    {
        Name = "Omgevingsdienst Proef",
        GoalLevel = GoalLevel.Tactisch,
        LegalForm = LegalForm.OpenbaarLichaam,
        StartDate = new DateTime(2020, 1, 1),
        Memberships = codes.Select(c => new MembershipForm { MunicipalityCode = c, JoinDate = new DateTime(2020, 1, 1) }).ToList(),
    };

    [Fact]
    public async Task Registers_an_arrangement_with_participants_tasks_finances_and_risks()
    {
        var taskId = await TaskIdAsync("VTH-taken milieu");
        var form = NewForm("GM0344", "GM0355");
        form.PolicyAreaCodes = ["7"];
        form.Placements = [new PlacementForm { MunicipalityCode = "GM0344", TaskId = taskId }, new PlacementForm { MunicipalityCode = "GM0355", TaskId = taskId }];
        form.Memberships[0].CostSharePercentage = 60;
        form.Memberships[0].GeneralBoardMember = "J. Jansen";
        form.Memberships[1].CostSharePercentage = 40;
        form.FinancialYears = [new FinancialYearForm { Year = 2025, EquityStart = 100_000, DebtEnd = 50_000 }];
        form.Contributions = [new ContributionForm { MembershipKey = form.Memberships[0].Key, Year = 2025, Budgeted = 1_000 }];
        form.Risks = [new RiskForm { Description = "Tekort", Class = 2 }];
        form.Evaluations = [new EvaluationForm { PlannedFor = new DateTime(2027, 1, 1) }];
        form.Links = [new LinkForm { Title = "Regeling", Url = "https://lokaleregelgeving.overheid.nl/CVDR1" }];

        var result = await Commands.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.SelectMany(e => e.Value)));
        await using var db = Database.CreateContext();
        var saved = await db.Arrangements.Include(a => a.Memberships).ThenInclude(m => m.Representatives)
            .Include(a => a.Memberships).ThenInclude(m => m.Contributions)
            .Include(a => a.TaskPlacements).Include(a => a.PolicyAreas).Include(a => a.FinancialYears)
            .Include(a => a.Risks).Include(a => a.Evaluations).Include(a => a.Links)
            .SingleAsync(a => a.Id == result.Id);
        Assert.Equal("Omgevingsdienst Proef", saved.Name);
        Assert.Equal(2, saved.Memberships.Count);
        Assert.Equal(2, saved.TaskPlacements.Count);
        Assert.Equal("7", Assert.Single(saved.PolicyAreas).Code);
        Assert.Equal("J. Jansen", saved.Memberships.Single(m => m.CostSharePercentage == 60).Representatives.Single().Name);
        Assert.Equal(1_000, saved.Memberships.SelectMany(m => m.Contributions).Single().Budgeted);
        Assert.Single(saved.FinancialYears);
        Assert.Single(saved.Risks);
        Assert.Single(saved.Evaluations);
        Assert.Equal("redacteur@gemeente.example", saved.UpdatedBy);
    }

    public static TheoryData<string, Action<ArrangementForm>, string, string> BadInputs => new()
    {
        { "empty name", f => f.Name = " ", "Name", "Vul de naam in." },
        { "name too long", f => f.Name = new string('x', Arrangement.NameMaxLength + 1), "Name", "Gebruik hoogstens 300 tekens." },
        { "no goal level", f => f.GoalLevel = null, "GoalLevel", "Kies het doel van de samenwerking." },
        { "end before start", f => f.EndDate = new DateTime(2019, 1, 1), "EndDate", "De einddatum moet na de begindatum liggen." },
        { "leave before join", f => f.Memberships[0].LeaveDate = new DateTime(2019, 6, 1), "Memberships[0].LeaveDate", "De uittreding moet na de toetreding liggen." },
        { "duplicate participant", f => f.Memberships.Add(new MembershipForm { MunicipalityCode = "GM0344" }), "Memberships[0]", "Deze deelnemer doet in dezelfde periode al mee." },
        { "unknown code", f => f.Memberships.Add(new MembershipForm { MunicipalityCode = "GM9999" }), "Memberships[2].MunicipalityCode", "Onbekende gemeentecode GM9999." },
        { "share over 100", f => f.Memberships[0].CostSharePercentage = 100.5m, "Memberships[0].CostSharePercentage", "Het aandeel in de kosten ligt tussen 0 en 100 %." },
        { "shares together over 100", f => { f.Memberships[0].CostSharePercentage = 60; f.Memberships[1].CostSharePercentage = 50; }, "Memberships", "De verdeelsleutels van de deelnemers zijn samen meer dan 100 %." },
        { "centrumregeling without centre", f => f.LegalForm = LegalForm.Centrumregeling, "CentralMunicipalityCode", "Een centrumregeling heeft een centrumgemeente." },
        { "centre not a participant", f => { f.LegalForm = LegalForm.Centrumregeling; f.CentralMunicipalityCode = "GM0014"; }, "CentralMunicipalityCode", "De centrumgemeente moet deelnemer zijn." },
        { "link without http", f => f.Links.Add(new LinkForm { Title = "Regeling", Url = "javascript:alert(1)" }), "Links[0].Url", "Vul een webadres in dat begint met http:// of https://." },
        { "task of a non-participant", f => f.Placements.Add(new PlacementForm { MunicipalityCode = "GM0014", TaskId = 1 }), "Placements[0]", "Deze gemeente is in die periode geen deelnemer." },
        { "risk class 4", f => f.Risks.Add(new RiskForm { Description = "Risico", Class = 4 }), "Risks[0].Class", "De risicoklasse is 1, 2 of 3." },
        { "negative contribution", f => f.Contributions.Add(new ContributionForm { MembershipKey = f.Memberships[0].Key, Year = 2025, Budgeted = -1 }), "Contributions[0].Budgeted", "Een bijdrage is niet negatief." },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Refuses_bad_input_with_a_Dutch_message_and_changes_nothing(string _, Action<ArrangementForm> spoil, string field, string message)
    {
        var form = NewForm("GM0344", "GM0355");
        spoil(form);
        var before = await CountsAsync();

        var result = await Commands.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None);

        Assert.Equal(SaveProblem.Invalid, result.Problem);
        Assert.True(result.Errors.TryGetValue(field, out var messages), $"No message for {field}: {string.Join(", ", result.Errors.Keys)}");
        Assert.Contains(message, messages);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Registers_a_new_organisation_as_a_participant_and_reuses_a_known_one()
    {
        await using var db = Database.CreateContext();
        var province = await db.Organisations.SingleAsync(o => o.Identifier == "PV26");
        var form = NewForm("GM0344");
        form.Memberships.Add(new MembershipForm { OrganisationId = province.Id });
        form.Memberships.Add(new MembershipForm { NewOrganisationName = "Waterschap Vallei en Veluwe", NewOrganisationKind = OrganisationKind.Waterschap });

        var result = await Commands.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None);

        Assert.True(result.Succeeded);
        var participants = await db.Memberships.Where(m => m.ArrangementId == result.Id && m.OrganisationId != null).Select(m => m.Organisation!).ToListAsync();
        Assert.Equal(["Provincie Utrecht", "Waterschap Vallei en Veluwe"], participants.Select(o => o.Name).Order());
        Assert.Equal(OrganisationKind.Waterschap, participants.Single(o => o.Name.StartsWith("Waterschap", StringComparison.Ordinal)).Kind);
    }

    [Fact]
    public async Task Saving_the_form_confirms_a_suggested_goal_level()
    {
        var id = (await Commands.SaveAsync(NewForm("GM0344"), await Database.EditorAsync(), CancellationToken.None)).Id!.Value;
        await using (var db = Database.CreateContext())
        {
            var arrangement = await db.Arrangements.SingleAsync(a => a.Id == id);
            (arrangement.GoalLevelIsSuggestion, arrangement.GoalLevelReason) = (true, "Een voorstel van de import.");
            await db.SaveChangesAsync();
        }

        var form = (await Commands.LoadAsync(id, CancellationToken.None))!;
        Assert.Equal("Een voorstel van de import.", form.GoalLevelSuggestionReason);
        form.GoalLevel = GoalLevel.Strategisch;
        Assert.True((await Commands.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None)).Succeeded);

        var confirmed = (await Commands.LoadAsync(id, CancellationToken.None))!;
        Assert.Null(confirmed.GoalLevelSuggestionReason);
        Assert.Equal(GoalLevel.Strategisch, confirmed.GoalLevel);
    }

    [Fact]
    public async Task Stores_a_script_tag_in_a_name_as_typed()
    {
        var form = NewForm("GM0344");
        form.Name = "<script>alert('x')</script>";

        var result = await Commands.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None);

        await using var db = Database.CreateContext();
        Assert.Equal("<script>alert('x')</script>", (await db.Arrangements.FindAsync(result.Id))!.Name);
    }

    [Fact]
    public async Task Refuses_readers_and_anonymous_users()
    {
        var before = await CountsAsync();

        var anonymous = await Commands.SaveAsync(NewForm("GM0344"), Users.Anonymous, CancellationToken.None);
        var reader = await Commands.SaveAsync(NewForm("GM0344"), Users.WithRole("lezer@gemeente.example", null), CancellationToken.None);

        Assert.Equal(SaveProblem.Forbidden, anonymous.Problem);
        Assert.Equal(SaveProblem.Forbidden, reader.Problem);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Refuses_an_editor_whose_role_was_taken_away_after_signing_in_and_a_role_only_claimed()
    {
        // The principal an open tab still holds until the next revalidation: the role in its claims, not in the database.
        var editor = await Database.EditorAsync("vertrokken@gemeente.example");
        var id = (await Database.GetService<UserManager<IdentityUser>>().FindByEmailAsync("vertrokken@gemeente.example"))!.Id;
        Assert.Empty(await Database.GetService<UserAdministration>().SetRoleAsync(Operator.Principal, id, null));
        var before = await CountsAsync();

        var stale = await Commands.SaveAsync(NewForm("GM0344"), editor, CancellationToken.None);
        var claimed = await Commands.SaveAsync(NewForm("GM0344"), Users.WithRole("redacteur@gemeente.example", Roles.Redacteur), CancellationToken.None);

        Assert.Equal(SaveProblem.Forbidden, stale.Problem);
        Assert.Equal(SaveProblem.Forbidden, claimed.Problem);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Refuses_the_second_save_of_two_editors_who_started_from_the_same_version()
    {
        var id = (await Commands.SaveAsync(NewForm("GM0344", "GM0355"), await Database.EditorAsync(), CancellationToken.None)).Id!.Value;
        var first = (await Commands.LoadAsync(id, CancellationToken.None))!;
        var second = (await Commands.LoadAsync(id, CancellationToken.None))!;
        first.Name = "Naam van de eerste";
        second.Memberships[0].CostSharePercentage = 50;

        var firstResult = await Commands.SaveAsync(first, await Database.EditorAsync("eerste@gemeente.example"), CancellationToken.None);
        var secondResult = await Commands.SaveAsync(second, await Database.EditorAsync("tweede@gemeente.example"), CancellationToken.None);

        Assert.True(firstResult.Succeeded);
        Assert.Equal(SaveProblem.Conflict, secondResult.Problem);
        var reloaded = (await Commands.LoadAsync(id, CancellationToken.None))!;
        Assert.Equal("Naam van de eerste", reloaded.Name);
        Assert.All(reloaded.Memberships, m => Assert.Null(m.CostSharePercentage));

        reloaded.Memberships[0].CostSharePercentage = 50;
        Assert.True((await Commands.SaveAsync(reloaded, await Database.EditorAsync("tweede@gemeente.example"), CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task Leaves_the_database_as_it_was_when_the_database_refuses_a_save_half_way()
    {
        var id = (await Commands.SaveAsync(NewForm("GM0344"), await Database.EditorAsync(), CancellationToken.None)).Id!.Value;
        var form = (await Commands.LoadAsync(id, CancellationToken.None))!;
        form.Name = "Gewijzigde naam";
        form.Memberships.Add(new MembershipForm { MunicipalityCode = "GM0344", JoinDate = new DateTime(2021, 1, 1) });
        var withoutValidation = new ArrangementCommands(
            Database.GetService<IDbContextFactory<RegisterDbContext>>(), Database.GetService<AccessCheck>(), new InlineValidator<ArrangementForm>(), TimeProvider.System);

        var result = await withoutValidation.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None);

        Assert.Equal(SaveProblem.Invalid, result.Problem);
        Assert.Contains("Een deelnemer doet in dezelfde periode al mee aan dit samenwerkingsverband.", result.Errors[""]);
        var reloaded = (await Commands.LoadAsync(id, CancellationToken.None))!;
        Assert.Equal("Omgevingsdienst Proef", reloaded.Name);
        Assert.Single(reloaded.Memberships);
    }

    [Fact]
    public async Task Records_every_change_with_who_and_what_from_what_to_what()
    {
        var id = (await Commands.SaveAsync(NewForm("GM0344"), await Database.EditorAsync("maker@gemeente.example"), CancellationToken.None)).Id!.Value;
        var form = (await Commands.LoadAsync(id, CancellationToken.None))!;
        form.Name = "Nieuwe naam";
        form.Memberships[0].LeaveDate = new DateTime(2024, 1, 1);

        await Commands.SaveAsync(form, await Database.EditorAsync("wijziger@gemeente.example"), CancellationToken.None);

        await using var db = Database.CreateContext();
        var records = await db.ChangeRecords.Where(c => c.ArrangementId == id).OrderBy(c => c.Id).ToListAsync();
        Assert.Contains(records, r => r is { EntityType: "Arrangement", Action: ChangeAction.Added, UserName: "maker@gemeente.example" });
        Assert.Contains(records, r => r is { EntityType: "Membership", Action: ChangeAction.Added });
        var rename = Assert.Single(records, r => r is { EntityType: "Arrangement", Action: ChangeAction.Modified });
        Assert.Equal("wijziger@gemeente.example", rename.UserName);
        Assert.Contains(new FieldChange("Name", "Omgevingsdienst Proef", "Nieuwe naam"), rename.Changes);
        var left = Assert.Single(records, r => r is { EntityType: "Membership", Action: ChangeAction.Modified });
        Assert.Contains(new FieldChange("LeaveDate", null, "2024-01-01"), left.Changes);
    }

    [Fact]
    public async Task Ends_a_membership_instead_of_deleting_it()
    {
        var id = (await Commands.SaveAsync(NewForm("GM0344", "GM0355"), await Database.EditorAsync(), CancellationToken.None)).Id!.Value;
        var form = (await Commands.LoadAsync(id, CancellationToken.None))!;
        form.Memberships.RemoveAt(0);

        var result = await Commands.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None);

        Assert.Equal(SaveProblem.Invalid, result.Problem);
        Assert.Equal(2, (await Commands.LoadAsync(id, CancellationToken.None))!.Memberships.Count);
    }

    [Fact]
    public async Task Ending_an_arrangement_ends_its_open_memberships_and_tasks_and_keeps_them_for_earlier_dates()
    {
        var taskId = await TaskIdAsync("Leerplicht");
        var form = NewForm("GM0344", "GM0355");
        form.Placements = [new PlacementForm { MunicipalityCode = "GM0344", TaskId = taskId, StartDate = new DateTime(2020, 1, 1) }];
        var id = (await Commands.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None)).Id!.Value;
        var ending = (await Commands.LoadAsync(id, CancellationToken.None))!;
        ending.EndDate = new DateTime(2024, 1, 1);

        Assert.True((await Commands.SaveAsync(ending, await Database.EditorAsync(), CancellationToken.None)).Succeeded);

        var ended = (await Commands.LoadAsync(id, CancellationToken.None))!;
        Assert.All(ended.Memberships, m => Assert.Equal(new DateTime(2024, 1, 1), m.LeaveDate));
        Assert.Equal(new DateTime(2024, 1, 1), Assert.Single(ended.Placements).EndDate);
        var queries = Database.GetService<Samenwerking.Web.Features.Municipalities.MunicipalityQueries>();
        Assert.Contains((await queries.DetailAsync("GM0344", new DateOnly(2023, 6, 1), CancellationToken.None))!.Arrangements, a => a.Id == id);
        Assert.DoesNotContain((await queries.DetailAsync("GM0344", new DateOnly(2024, 6, 1), CancellationToken.None))!.Arrangements, a => a.Id == id);
    }

    private async Task<int> TaskIdAsync(string name)
    {
        await using var db = Database.CreateContext();
        return await db.MunicipalTasks.Where(t => t.Name == name).Select(t => t.Id).SingleAsync();
    }

    private async Task<(int, int, int)> CountsAsync()
    {
        await using var db = Database.CreateContext();
        return (await db.Arrangements.CountAsync(), await db.Memberships.CountAsync(), await db.TaskPlacements.CountAsync());
    }
}
