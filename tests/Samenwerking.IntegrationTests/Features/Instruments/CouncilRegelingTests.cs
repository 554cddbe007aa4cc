using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Domain.Instruments;
using Samenwerking.Web.Features.Arrangements.Editing;
using Samenwerking.Web.Features.Instruments;

namespace Samenwerking.IntegrationTests.Features.Instruments;

/// <summary>The council's page per regeling and municipality, and the regeling's own facts saved through the edit form's service.</summary>
public sealed class CouncilRegelingTests(RegisterDatabase database) : RegisterTest(database)
{
    private ArrangementCommands Commands => Database.GetService<ArrangementCommands>();

    private InstrumentQueries Queries => Database.GetService<InstrumentQueries>();

    /// <summary>Zeist takes part with its raad, Utrecht with its college, De Bilt with nothing registered.</summary>
    private async Task<int> MixedRegelingAsync(LegalForm form = LegalForm.OpenbaarLichaam)
    {
        var arrangement = await Database.AddArrangementAsync("Regio Proef", ["GM0355", "GM0344", "GM0310"], form, joinDate: new DateOnly(2015, 1, 1));
        await using var db = Database.CreateContext();
        var memberships = await db.Memberships.Include(m => m.Municipality).Where(m => m.ArrangementId == arrangement.Id).ToListAsync();
        memberships.Single(m => m.Municipality!.Code == "GM0355").GoverningBodies = [GoverningBody.Raad];
        memberships.Single(m => m.Municipality!.Code == "GM0344").GoverningBodies = [GoverningBody.College];
        memberships.Single(m => m.Municipality!.Code == "GM0310").GoverningBodies = [];
        await db.SaveChangesAsync();
        return arrangement.Id;
    }

    private async Task<string> PageAsync(string code, int id)
    {
        using var client = Database.App.CreateClient();
        var response = await client.GetAsync(new Uri($"/gemeenten/{code}/samenwerkingsverbanden/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_kind_of_participation_decides_which_instruments_each_council_is_shown()
    {
        var id = await MixedRegelingAsync();

        var zeist = await PageAsync("GM0355", id);
        var utrecht = await PageAsync("GM0344", id);
        var deBilt = await PageAsync("GM0310", id);

        Assert.Contains($"data-instrument=\"{CouncilInstrumentKind.ZelfBesluiten}\"", zeist, StringComparison.Ordinal);
        Assert.Contains($"data-instrument=\"{CouncilInstrumentKind.VerantwoordingBestuurders}\"", zeist, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-instrument=\"{CouncilInstrumentKind.Toestemming}\"", zeist, StringComparison.Ordinal);

        Assert.Contains($"data-instrument=\"{CouncilInstrumentKind.Toestemming}\"", utrecht, StringComparison.Ordinal);
        Assert.Contains("Gemeentewet art. 169", utrecht, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-instrument=\"{CouncilInstrumentKind.ZelfBesluiten}\"", utrecht, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-instrument=\"{CouncilInstrumentKind.VerantwoordingBestuurders}\"", utrecht, StringComparison.Ordinal);

        Assert.Contains($"data-instrument=\"{CouncilInstrumentKind.HangtAfVanSoort}\"", deBilt, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-instrument=\"{CouncilInstrumentKind.Toestemming}\"", deBilt, StringComparison.Ordinal);

        // The same regeling for everyone: a gemengde regeling, with the budget cycle and the adviescommissie of an openbaar lichaam.
        Assert.All([zeist, utrecht, deBilt], html =>
        {
            Assert.Contains("Gemengde regeling", html, StringComparison.Ordinal);
            Assert.Contains("Wgr art. 35 lid 1, 3 en 5", html, StringComparison.Ordinal);
            Assert.Contains("Wgr art. 24", html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_council_in_a_regeling_without_a_body_gets_no_budget_cycle_and_no_adviescommissie()
    {
        var id = await MixedRegelingAsync(LegalForm.RegelingZonderMeer);

        var regeling = await Queries.ForAsync("GM0344", id, Today, CancellationToken.None);

        Assert.NotNull(regeling);
        Assert.False(regeling.Instruments.Has(CouncilInstrumentKind.ZienswijzeBegroting));
        Assert.False(regeling.Instruments.Has(CouncilInstrumentKind.Adviescommissie));
        Assert.True(regeling.Instruments.Has(CouncilInstrumentKind.Toestemming));
        Assert.Null(regeling.NextDeadline);
    }

    [Fact]
    public async Task Shows_not_registered_for_every_fact_nobody_recorded_and_the_statutory_next_deadline()
    {
        var id = await MixedRegelingAsync();

        var html = await PageAsync("GM0355", id);

        Assert.Contains("Niet geregistreerd", html, StringComparison.Ordinal);
        Assert.Contains("wettelijk uiterlijk", html, StringComparison.Ordinal);
        Assert.Contains($"/samenwerkingsverbanden/{id}/kalender", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_not_found_for_a_municipality_that_never_took_part()
    {
        var id = await MixedRegelingAsync();
        using var client = Database.App.CreateClient();

        var response = await client.GetAsync(new Uri($"/gemeenten/GM0014/samenwerkingsverbanden/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Saves_the_regelings_own_facts_and_shows_them_with_the_derived_next_evaluation_and_the_contribution_trend()
    {
        var id = await MixedRegelingAsync();
        var form = (await Commands.LoadAsync(id, CancellationToken.None))!;
        form.ZienswijzeDecisions = "Het meerjarenperspectief en het vaststellen van tarieven.";
        form.HasAdvisoryCommittee = true;
        form.AdvisoryCommittee = "Raadsadviescommissie Regio Proef: bereidt de zienswijzen van de raden voor.";
        form.ResidentParticipation = "Een inwonerspanel per jaar.";
        form.EvaluationPeriodYears = 4;
        form.ExitNoticeMonths = 24;
        form.ExitCosts = "De uittreder betaalt de frictiekosten van vijf jaar.";
        form.AmendmentStatus = AmendmentStatus.NietAangepast;
        form.Evaluations = [new EvaluationForm { PerformedOn = new DateTime(2022, 5, 1) }];
        var zeist = form.Memberships.Single(m => m.MunicipalityCode == "GM0355");
        form.Contributions =
        [
            new ContributionForm { MembershipKey = zeist.Key, Year = 2024, Budgeted = 100_000, Realised = 98_000 },
            new ContributionForm { MembershipKey = zeist.Key, Year = 2025, Budgeted = 110_000 },
        ];

        var result = await Commands.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.SelectMany(e => e.Value)));
        var html = WebUtility.HtmlDecode(await PageAsync("GM0355", id));
        Assert.Contains("Raadsadviescommissie Regio Proef", html, StringComparison.Ordinal);
        Assert.Contains("Elke 4 jaar", html, StringComparison.Ordinal);
        Assert.Contains("1 mei 2026 (laatste evaluatie plus de termijn van de regeling)", html, StringComparison.Ordinal);
        Assert.Contains("24 maanden", html, StringComparison.Ordinal);
        Assert.Contains("te laat", html, StringComparison.Ordinal);
        Assert.Contains("€ 110.000", html, StringComparison.Ordinal);
        Assert.Contains("+ € 10.000", html, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        var records = await db.ChangeRecords.Where(c => c.ArrangementId == id && c.EntityType == nameof(Arrangement)).ToListAsync();
        Assert.Contains(records.SelectMany(r => r.Changes), f => f.Field == nameof(Arrangement.EvaluationPeriodYears) && f.To == "4");
    }

    public static TheoryData<string, Action<ArrangementForm>, string, string> BadFacts => new()
    {
        { "100,000 characters", f => f.ResidentParticipation = new string('x', 100_000), nameof(ArrangementForm.ResidentParticipation), "Gebruik hoogstens 4000 tekens." },
        { "negative period", f => f.EvaluationPeriodYears = -2, nameof(ArrangementForm.EvaluationPeriodYears), InstrumentMessages.EvaluationPeriod },
        { "period of a century", f => f.EvaluationPeriodYears = 100, nameof(ArrangementForm.EvaluationPeriodYears), InstrumentMessages.EvaluationPeriod },
        { "negative notice", f => f.ExitNoticeMonths = -1, nameof(ArrangementForm.ExitNoticeMonths), InstrumentMessages.ExitNotice },
        { "date without adaptation", f => { f.AmendmentStatus = AmendmentStatus.NietAangepast; f.AmendedOn = new DateTime(2024, 1, 1); }, nameof(ArrangementForm.AmendedOn), InstrumentMessages.AmendedOnlyWhenAdapted },
        { "adviescommissie of a gemeenschappelijk orgaan", f => { f.LegalForm = LegalForm.GemeenschappelijkOrgaan; f.HasAdvisoryCommittee = true; }, nameof(ArrangementForm.HasAdvisoryCommittee), InstrumentMessages.AdvisoryCommitteeOnlyOpenbaarLichaam },
    };

    [Theory]
    [MemberData(nameof(BadFacts))]
    public async Task Refuses_bad_facts_with_a_dutch_message_and_saves_nothing(string because, Action<ArrangementForm> spoil, string field, string message)
    {
        var id = await MixedRegelingAsync();
        var form = (await Commands.LoadAsync(id, CancellationToken.None))!;
        form.ExitRules = "Uittreden kan per 1 januari.";
        spoil(form);

        var result = await Commands.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None);

        Assert.False(result.Succeeded, because);
        Assert.Equal(message, Assert.Single(result.Errors[field]));
        await using var db = Database.CreateContext();
        var saved = await db.Arrangements.SingleAsync(a => a.Id == id);
        Assert.Null(saved.ExitRules);
        Assert.Null(saved.EvaluationPeriodYears);
    }

    [Fact]
    public async Task Refuses_a_save_on_a_stale_version_and_keeps_the_other_editors_facts()
    {
        var id = await MixedRegelingAsync();
        var first = (await Commands.LoadAsync(id, CancellationToken.None))!;
        var second = (await Commands.LoadAsync(id, CancellationToken.None))!;
        first.EvaluationPeriodYears = 4;
        Assert.True((await Commands.SaveAsync(first, await Database.EditorAsync(), CancellationToken.None)).Succeeded);

        second.EvaluationPeriodYears = 6;
        var result = await Commands.SaveAsync(second, await Database.EditorAsync(), CancellationToken.None);

        Assert.Equal(SaveProblem.Conflict, result.Problem);
        await using var db = Database.CreateContext();
        Assert.Equal((short)4, (await db.Arrangements.SingleAsync(a => a.Id == id)).EvaluationPeriodYears);
    }

    [Theory]
    [InlineData("evaluation_period_years = -1", "ck_arrangements_evaluation_period")]
    [InlineData("exit_notice_months = 1000", "ck_arrangements_exit_notice")]
    [InlineData("amendment_status = 'NietAangepast', amended_on = DATE '2024-01-01'", "ck_arrangements_amended_on")]
    [InlineData("advisory_committee = 'Commissie'", "ck_arrangements_advisory_committee")]
    [InlineData("resident_participation = repeat('x', 4001)", "")]
    public async Task The_database_refuses_what_the_form_would_refuse(string assignment, string constraint)
    {
        var id = await MixedRegelingAsync();
        await using var db = Database.CreateContext();

        // The test's own constant fragments, not input: what a faulty import or a hand-made query could write.
        var sql = $"UPDATE arrangements SET {assignment} WHERE id = {id}";
        var exception = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlRawAsync(sql));

        if (constraint.Length > 0)
        {
            Assert.Equal(constraint, exception.ConstraintName);
            Assert.DoesNotContain("regel van het register", ConstraintMessages.For(constraint), StringComparison.Ordinal);
        }
    }
}
