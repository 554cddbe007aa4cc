using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Domain.Calendar;
using Samenwerking.Web.Features.Calendar;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Calendar;

/// <summary>Recording sent dates and each council's zienswijze through the service the forms use, on the real database.</summary>
public sealed class CalendarCommandsTests(RegisterDatabase database) : RegisterTest(database)
{
    private const string Griffier = "griffier@zeist.example";

    private CalendarCommands Commands => Database.GetService<CalendarCommands>();

    private CalendarQueries Queries => Database.GetService<CalendarQueries>();

    /// <summary>The budget year whose ontwerpbegroting went out this year: its sending lies in the past.</summary>
    private static int BudgetYear => Today.Year + 1;

    private static ZienswijzeForm Given(int arrangementId, string code, DateOnly givenOn, string text = "De raad vraagt om een lagere bijdrage.") => new()
    {
        ArrangementId = arrangementId, MunicipalityCode = code, Kind = PlanningDocumentKind.Ontwerpbegroting, Year = BudgetYear,
        Status = ZienswijzeStatus.Gegeven, GivenOn = givenOn, Text = text,
    };

    private static DocumentForm Sent(int arrangementId, DateOnly sentOn, uint? version = null) => new()
    {
        ArrangementId = arrangementId, Kind = PlanningDocumentKind.Ontwerpbegroting, Year = BudgetYear, SentOn = sentOn, Version = version,
    };

    [Fact]
    public async Task Each_council_has_its_own_zienswijze_never_one_flag_for_all()
    {
        var user = await Database.EditorAsync(Griffier);
        var arrangement = await Database.AddArrangementAsync("GGD Regio Utrecht", ["GM0355", "GM0344"]);

        var result = await Commands.RecordZienswijzeAsync(Given(arrangement.Id, "GM0355", Today.AddDays(-3)), user, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(" ", result.Messages));
        Assert.True((await Commands.RecordZienswijzeAsync(new ZienswijzeForm
        {
            ArrangementId = arrangement.Id, MunicipalityCode = "GM0344", Kind = PlanningDocumentKind.Ontwerpbegroting, Year = BudgetYear,
            Status = ZienswijzeStatus.Gepland, MeetingOn = Today.AddDays(14),
        }, user, CancellationToken.None)).Succeeded);

        var zeist = await Queries.ForMunicipalityAsync("GM0355", Today, new DateOnly(BudgetYear - 2, 1, 1), new DateOnly(BudgetYear, 12, 31), CancellationToken.None);
        var utrecht = await Queries.ForMunicipalityAsync("GM0344", Today, new DateOnly(BudgetYear - 2, 1, 1), new DateOnly(BudgetYear, 12, 31), CancellationToken.None);
        var zeistItem = zeist!.Items.Single(i => i.ArrangementId == arrangement.Id && i.Deadline is { Document: PlanningDocumentKind.Ontwerpbegroting, Kind: DeadlineKind.Zienswijze } && i.Deadline.Year == BudgetYear);
        var utrechtItem = utrecht!.Items.Single(i => i.ArrangementId == arrangement.Id && i.Deadline is { Document: PlanningDocumentKind.Ontwerpbegroting, Kind: DeadlineKind.Zienswijze } && i.Deadline.Year == BudgetYear);
        Assert.Equal(ZienswijzeStatus.Gegeven, zeistItem.Zienswijze!.Status);
        Assert.Equal("De raad vraagt om een lagere bijdrage.", zeistItem.Zienswijze.Text);
        Assert.Equal(ZienswijzeStatus.Gepland, utrechtItem.Zienswijze!.Status);
        Assert.Equal(Today.AddDays(14), utrechtItem.Zienswijze.MeetingOn);

        await using var db = Database.CreateContext();
        Assert.Equal(2, await db.Zienswijzen.CountAsync());
        Assert.Equal(2, await db.ChangeRecords.CountAsync(c => c.EntityType == nameof(Zienswijze) && c.ArrangementId == arrangement.Id && c.UserName == Griffier));
    }

    [Fact]
    public async Task Refuses_a_zienswijze_given_before_the_draft_was_sent_and_saves_nothing()
    {
        var user = await Database.EditorAsync(Griffier);
        var arrangement = await Database.AddArrangementAsync("Omgevingsdienst", ["GM0355"]);
        Assert.True((await Commands.RecordSentAsync(Sent(arrangement.Id, Today.AddDays(-20)), user, CancellationToken.None)).Succeeded);

        var result = await Commands.RecordZienswijzeAsync(Given(arrangement.Id, "GM0355", Today.AddDays(-30)), user, CancellationToken.None);

        Assert.Equal(FormSaveOutcome.Invalid, result.Outcome);
        Assert.Contains("vóór het bestuur het stuk verzond", Assert.Single(result.Errors[nameof(ZienswijzeForm.GivenOn)]), StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.Zienswijzen.CountAsync());
    }

    [Fact]
    public async Task Refuses_a_zienswijze_on_a_document_that_does_not_exist()
    {
        var user = await Database.EditorAsync(Griffier);
        var arrangement = await Database.AddArrangementAsync("Werkvoorzieningschap", ["GM0355"]);

        var result = await Commands.RecordZienswijzeAsync(new ZienswijzeForm
        {
            ArrangementId = arrangement.Id, MunicipalityCode = "GM0355", Kind = PlanningDocumentKind.Begrotingswijziging, Year = BudgetYear, Number = 3,
            Status = ZienswijzeStatus.Geen,
        }, user, CancellationToken.None);

        Assert.Equal(FormSaveOutcome.Invalid, result.Outcome);
        Assert.Contains($"Begrotingswijziging {BudgetYear}-3 bestaat niet voor deze regeling", Assert.Single(result.Messages), StringComparison.Ordinal);
        var other = await Commands.RecordZienswijzeAsync(Given(arrangement.Id, "GM0344", Today), user, CancellationToken.None);
        Assert.Contains("Utrecht neemt niet deel aan deze regeling", Assert.Single(other.Messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_text_of_a_hundred_thousand_characters_with_a_clear_message()
    {
        var user = await Database.EditorAsync(Griffier);
        var arrangement = await Database.AddArrangementAsync("Recreatieschap", ["GM0355"]);

        var result = await Commands.RecordZienswijzeAsync(Given(arrangement.Id, "GM0355", Today, new string('x', 100_000)), user, CancellationToken.None);

        Assert.Equal("De tekst is 100.000 tekens; het maximum is 20.000. Zet de volledige tekst in het raadsbesluit en verwijs ernaar met een link, of kort de tekst in. Er is niets opgeslagen; uw tekst staat nog in het veld.",
            Assert.Single(result.Errors[nameof(ZienswijzeForm.Text)]));
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.Zienswijzen.CountAsync());
    }

    [Fact]
    public async Task A_sent_date_in_the_future_is_refused_and_one_in_the_past_gives_a_deadline_in_the_past()
    {
        var user = await Database.EditorAsync(Griffier);
        var arrangement = await Database.AddArrangementAsync("Belastingsamenwerking", ["GM0355"]);

        var future = await Commands.RecordSentAsync(Sent(arrangement.Id, Today.AddDays(1)), user, CancellationToken.None);
        Assert.Contains("ligt niet in de toekomst", Assert.Single(future.Errors[nameof(DocumentForm.SentOn)]), StringComparison.Ordinal);
        var wrongYear = await Commands.RecordSentAsync(new DocumentForm
        {
            ArrangementId = arrangement.Id, Kind = PlanningDocumentKind.Kaders, Year = BudgetYear + 3, SentOn = Today,
        }, user, CancellationToken.None);
        Assert.Contains("kan niet op", Assert.Single(wrongYear.Errors[nameof(DocumentForm.SentOn)]), StringComparison.Ordinal);

        var sent = new DateOnly(BudgetYear - 1, 3, 2);
        Assert.True((await Commands.RecordSentAsync(Sent(arrangement.Id, sent), user, CancellationToken.None)).Succeeded);
        var calendar = await Queries.ForArrangementAsync(arrangement.Id, Today, new DateOnly(BudgetYear - 1, 1, 1), new DateOnly(BudgetYear, 12, 31), CancellationToken.None);
        var zienswijze = calendar!.Items.Single(i => i.Deadline is { Document: PlanningDocumentKind.Ontwerpbegroting, Kind: DeadlineKind.Zienswijze } && i.Deadline.Year == BudgetYear);
        Assert.Equal(TermRules.WeeksAfter(sent, 12), zienswijze.Deadline.Date);
        Assert.False(zienswijze.Deadline.IsStatutoryLatest);
    }

    [Fact]
    public async Task A_deadline_moved_twice_keeps_both_changes_in_the_history_and_raises_the_revision()
    {
        var user = await Database.EditorAsync(Griffier);
        var arrangement = await Database.AddArrangementAsync("Afvalschap", ["GM0355"]);
        Assert.True((await Commands.RecordSentAsync(Sent(arrangement.Id, Today.AddDays(-40)), user, CancellationToken.None)).Succeeded);
        var version = await VersionAsync(arrangement.Id);
        Assert.True((await Commands.RecordSentAsync(Sent(arrangement.Id, Today.AddDays(-35), version), user, CancellationToken.None)).Succeeded);
        var stale = await Commands.RecordSentAsync(Sent(arrangement.Id, Today.AddDays(-30), version), user, CancellationToken.None);
        Assert.Equal(FormSaveOutcome.Conflict, stale.Outcome);
        Assert.True((await Commands.RecordSentAsync(Sent(arrangement.Id, Today.AddDays(-30), await VersionAsync(arrangement.Id)), user, CancellationToken.None)).Succeeded);

        await using var db = Database.CreateContext();
        var document = await db.PlanningDocuments.SingleAsync(d => d.ArrangementId == arrangement.Id);
        Assert.Equal(Today.AddDays(-30), document.SentOn);
        Assert.Equal(3, document.Revision);
        var history = await db.ChangeRecords.Where(c => c.EntityType == nameof(PlanningDocument) && c.EntityId == document.Id).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(3, history.Count);
        string?[] expected = [null, Today.AddDays(-40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Today.AddDays(-35).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
        Assert.Equal<string?>(expected, history.Select(h => h.Changes.Single(c => c.Field == nameof(PlanningDocument.SentOn)).From));
    }

    [Fact]
    public async Task A_stale_zienswijze_is_refused_and_the_newer_one_kept()
    {
        var user = await Database.EditorAsync(Griffier);
        var arrangement = await Database.AddArrangementAsync("Jeugdhulp regio", ["GM0355"]);
        Assert.True((await Commands.RecordZienswijzeAsync(Given(arrangement.Id, "GM0355", Today, "Eerste tekst"), user, CancellationToken.None)).Succeeded);
        await using (var db = Database.CreateContext())
        {
            var version = await db.Zienswijzen.Select(z => z.Version).SingleAsync();
            var second = Given(arrangement.Id, "GM0355", Today, "Tweede tekst");
            second.Version = version;
            Assert.True((await Commands.RecordZienswijzeAsync(second, user, CancellationToken.None)).Succeeded);
            var late = Given(arrangement.Id, "GM0355", Today, "Oude tekst");
            late.Version = version;
            Assert.Equal(FormSaveOutcome.Conflict, (await Commands.RecordZienswijzeAsync(late, user, CancellationToken.None)).Outcome);
            var fresh = Given(arrangement.Id, "GM0355", Today, "Dubbel");
            Assert.Equal(FormSaveOutcome.Conflict, (await Commands.RecordZienswijzeAsync(fresh, user, CancellationToken.None)).Outcome);
        }

        await using var check = Database.CreateContext();
        Assert.Equal("Tweede tekst", await check.Zienswijzen.Select(z => z.Text).SingleAsync());
    }

    [Fact]
    public async Task The_role_is_asked_of_the_database_and_a_save_raises_the_register_version()
    {
        var arrangement = await Database.AddArrangementAsync("Regionale uitvoeringsdienst", ["GM0355"]);
        Assert.Equal(FormSaveOutcome.Forbidden, (await Commands.RecordSentAsync(Sent(arrangement.Id, Today), Users.Anonymous, CancellationToken.None)).Outcome);
        // A role claim alone is not enough: this user does not exist.
        Assert.Equal(FormSaveOutcome.Forbidden, (await Commands.RecordSentAsync(Sent(arrangement.Id, Today), Users.WithRole(Griffier, Roles.Redacteur), CancellationToken.None)).Outcome);

        var user = await Database.EditorAsync(Griffier);
        var before = await RegisterVersionAsync();
        Assert.True((await Commands.RecordSentAsync(Sent(arrangement.Id, Today), user, CancellationToken.None)).Succeeded);
        Assert.True(await RegisterVersionAsync() > before);
    }

    [Fact]
    public async Task A_regeling_without_a_body_of_its_own_has_no_cycle()
    {
        var user = await Database.EditorAsync(Griffier);
        var arrangement = await Database.AddArrangementAsync("Centrumregeling leerplicht", ["GM0355", "GM0344"], LegalForm.Centrumregeling);

        var result = await Commands.RecordSentAsync(Sent(arrangement.Id, Today), user, CancellationToken.None);

        Assert.Contains("geen begrotingscyclus", Assert.Single(result.Messages), StringComparison.Ordinal);
        var zeist = await Queries.ForMunicipalityAsync("GM0355", Today, Today, Today.AddYears(1), CancellationToken.None);
        Assert.DoesNotContain(zeist!.Items, i => i.ArrangementId == arrangement.Id);
    }

    private async Task<uint?> VersionAsync(int arrangementId)
    {
        await using var db = Database.CreateContext();
        return await db.PlanningDocuments.Where(d => d.ArrangementId == arrangementId).Select(d => (uint?)d.Version).SingleAsync();
    }

    private async Task<long> RegisterVersionAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Database.SqlQueryRaw<long>("SELECT version AS \"Value\" FROM register_version").SingleAsync();
    }
}
