using System.Net;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Domain.Calendar;
using Samenwerking.Web.Features.Calendar;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Calendar;

/// <summary>The iCalendar feeds over HTTP, read back with Ical.Net, and the calendar pages.</summary>
public sealed class CalendarFeedTests(RegisterDatabase database) : RegisterTest(database)
{
    private static async Task<Ical.Net.Calendar> ReadFeedAsync(HttpClient client, string address)
    {
        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }

    private static CalendarEvent OntwerpbegrotingZienswijze(Ical.Net.Calendar calendar, int year, int arrangementId) =>
        calendar.Events.Single(e => e.Uid!.StartsWith($"ontwerpbegroting-{year}-0-zienswijze-{arrangementId}-", StringComparison.Ordinal));

    [Fact]
    public async Task A_moved_deadline_updates_the_same_event_with_a_higher_sequence()
    {
        var arrangement = await Database.AddArrangementAsync("Veiligheidsregio Testland", ["GM0355", "GM0344"]);
        using var client = Database.NewClient();
        // The ontwerpbegroting whose zienswijze term ends in the coming year.
        var year = Today.AddMonths(3).Year + 1;
        var before = await ReadFeedAsync(client, "/kalender/gemeenten/GM0355.ics");
        var statutory = OntwerpbegrotingZienswijze(before, year, arrangement.Id);
        Assert.Equal(0, statutory.Sequence);
        Assert.Contains("wettelijk uiterlijk", statutory.Description, StringComparison.Ordinal);
        Assert.Contains("Veiligheidsregio Testland", statutory.Summary, StringComparison.Ordinal);

        await using (var db = Database.CreateContext())
        {
            db.PlanningDocuments.Add(new PlanningDocument
            {
                ArrangementId = arrangement.Id, Kind = PlanningDocumentKind.Ontwerpbegroting, Year = year, SentOn = statutory.DtStart!.Date.AddDays(-7 * 13), Revision = 2,
            });
            await db.SaveChangesAsync();
        }

        var after = await ReadFeedAsync(client, "/kalender/gemeenten/GM0355.ics");
        var moved = OntwerpbegrotingZienswijze(after, year, arrangement.Id);
        Assert.Equal(statutory.Uid, moved.Uid);
        Assert.Equal(2, moved.Sequence);
        Assert.NotEqual(statutory.DtStart!.Date, moved.DtStart!.Date);
        Assert.DoesNotContain("wettelijk uiterlijk", moved.Description, StringComparison.Ordinal);
        Assert.Single(after.Events, e => e.Uid == moved.Uid);

        var regeling = await ReadFeedAsync(client, $"/kalender/samenwerkingsverbanden/{arrangement.Id}.ics");
        Assert.Equal(2, OntwerpbegrotingZienswijze(regeling, year, arrangement.Id).Sequence);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/kalender/gemeenten/GM9999.ics", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task With_the_national_register_imported_and_nothing_typed_every_municipality_feed_holds_its_statutory_deadlines()
    {
        await using (var file = File.OpenRead(SharedData.PathOf("roo/national-half-exportOO.xml")))
        {
            await Database.GetService<RooImporter>().ImportAsync(file, Operator.Principal, CancellationToken.None);
        }

        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.PlanningDocuments.CountAsync());
        var withBody = new[] { LegalForm.OpenbaarLichaam, LegalForm.Bedrijfsvoeringsorganisatie, LegalForm.GemeenschappelijkOrgaan };
        var expected = (await db.Memberships.Where(Membership.InForceOn(Today))
                .Where(m => m.Municipality != null && !m.Arrangement!.IsExample && withBody.Contains(m.Arrangement.LegalForm))
                .Select(m => new { m.Municipality!.Code, m.ArrangementId, m.Arrangement!.StartDate, m.Arrangement.EndDate })
                .ToListAsync())
            .GroupBy(m => m.Code).ToDictionary(g => g.Key, g => g.ToList());
        Assert.True(expected.Count > 100, $"{expected.Count} municipalities");

        var (from, to) = CalendarFeed.Window(Today);
        var queries = Database.GetService<CalendarQueries>();
        foreach (var (code, memberships) in expected)
        {
            var calendar = await queries.ForMunicipalityAsync(code, Today, from, to, CancellationToken.None);
            foreach (var membership in memberships.Where(m => (m.StartDate is null || m.StartDate <= Today.AddMonths(-12)) && (m.EndDate is null || m.EndDate > Today.AddYears(1))))
            {
                var items = calendar!.Items.Where(i => i.ArrangementId == membership.ArrangementId).ToList();
                // A whole year holds each yearly document of the cycle, all at the law's latest date.
                foreach (var kind in WgrCalendar.Yearly)
                {
                    Assert.Contains(items, i => i.Deadline.Document == kind && i.Deadline.Date >= Today && i.Deadline.Date <= Today.AddYears(1));
                }

                Assert.All(items, i => Assert.True(i.Deadline.IsStatutoryLatest));
            }
        }

        // The same for one municipality through its feed address, read back with a real parser.
        using var client = Database.NewClient();
        var zeist = await ReadFeedAsync(client, "/kalender/gemeenten/GM0355.ics");
        var zeistRegelingen = expected["GM0355"].Count;
        Assert.True(zeist.Events.Count >= zeistRegelingen * WgrCalendar.Yearly.Length, $"{zeist.Events.Count} events for {zeistRegelingen} regelingen");
        Assert.Equal(zeist.Events.Count, zeist.Events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public async Task The_pages_fetch_their_data_in_at_most_four_round_trips_and_show_the_statutory_dates()
    {
        var arrangement = await Database.AddArrangementAsync("GGD Testregio", ["GM0355", "GM0344"]);
        using var client = Database.App.CreateClient();
        foreach (var address in new[] { "/gemeenten/GM0355/komende-weken", $"/samenwerkingsverbanden/{arrangement.Id}/kalender" })
        {
            await client.GetAsync(new Uri(address, UriKind.Relative));
            Database.App.Commands.Reset();
            using var response = await client.GetAsync(new Uri($"{address}?ongecacht=1", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.InRange(Database.App.Commands.Count, 1, 4);
        }

        // Within 15 months every yearly document falls at least once: the regeling's page always shows statutory dates.
        var html = await client.GetStringAsync(new Uri($"/samenwerkingsverbanden/{arrangement.Id}/kalender", UriKind.Relative));
        Assert.Contains("Planning en control van GGD Testregio", html, StringComparison.Ordinal);
        Assert.Contains("Wgr art. 34b", html, StringComparison.Ordinal);
        Assert.Contains("wettelijk uiterlijk", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/gemeenten/GM9999/komende-weken", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_griffier_records_a_zienswijze_through_the_form_and_a_stranger_cannot()
    {
        var arrangement = await Database.AddArrangementAsync("Omgevingsdienst Testregio", ["GM0355"]);
        var year = Today.Year + 1;
        var page = $"/gemeenten/GM0355/zienswijzen/{arrangement.Id}/ontwerpbegroting/{year}/0";
        using var anonymous = Database.NewClient();
        using var refused = await anonymous.GetAsync(new Uri(page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);

        using var griffier = await Database.SignedInClientAsync("griffier@zeist.example", Roles.Redacteur);
        using var tooLong = await griffier.PostFormAsync(page, "zienswijze", new()
        {
            ["Input.Status"] = "Gegeven", ["Input.GivenOn"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Text"] = new string('z', 100_000),
        });
        var html = await tooLong.Content.ReadAsStringAsync();
        Assert.Contains("De tekst is 100.000 tekens", html, StringComparison.Ordinal);
        Assert.Contains(new string('z', 100_000), html, StringComparison.Ordinal);

        using var saved = await griffier.PostFormAsync(page, "zienswijze", new()
        {
            ["Input.Status"] = "Gegeven", ["Input.GivenOn"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Text"] = "Zeist vraagt om een sluitende begroting.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var calendar = await griffier.GetStringAsync(new Uri($"/samenwerkingsverbanden/{arrangement.Id}/kalender", UriKind.Relative));
        Assert.Contains("Zeist vraagt om een sluitende begroting.", calendar, StringComparison.Ordinal);
    }
}
