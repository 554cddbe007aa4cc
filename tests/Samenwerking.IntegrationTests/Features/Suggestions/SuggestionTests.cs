using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Suggestions;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Suggestions;

/// <summary>One review queue for what the register suggested, on the imported half of the national register.</summary>
public sealed class SuggestionTests(RegisterDatabase database) : RegisterTest(database)
{
    private async Task ImportHalfAsync()
    {
        await using var file = File.OpenRead(SharedData.PathOf("roo/national-half-exportOO.xml"));
        await Database.GetService<RooImporter>().ImportAsync(file, Operator.Principal, CancellationToken.None);
    }

    private Task<IReadOnlyList<SuggestionItem>> ListAsync(SuggestionFilter filter) =>
        Database.GetService<SuggestionQueries>().ListAsync(filter, CancellationToken.None);

    [Fact]
    public async Task Filters_the_queue_by_municipality_kind_and_reason()
    {
        await ImportHalfAsync();

        var assen = await ListAsync(new SuggestionFilter("GM0106"));
        var goalLevels = await ListAsync(new SuggestionFilter("106", SuggestionKind.GoalLevel));
        var deficits = await ListAsync(new SuggestionFilter("GM0106", SuggestionKind.Interests, "tekorten"));

        Assert.Contains(assen, s => s.Kind == SuggestionKind.GoalLevel);
        Assert.Contains(assen, s => s.Kind == SuggestionKind.Interests && s.MunicipalityName == "Assen");
        Assert.All(goalLevels, s => Assert.Equal(SuggestionKind.GoalLevel, s.Kind));
        Assert.NotEmpty(deficits);
        Assert.All(deficits, s => Assert.Contains("tekorten", s.Reason, StringComparison.Ordinal));
        Assert.All(deficits, s => Assert.Equal("Assen", s.MunicipalityName));
        Assert.Empty(await ListAsync(new SuggestionFilter("Asen")));
    }

    [Fact]
    public async Task Confirms_a_hundred_suggestions_in_one_save_each_in_the_history_and_kept_on_re_import()
    {
        await ImportHalfAsync();
        var hundred = (await ListAsync(new SuggestionFilter(Kind: SuggestionKind.Interests))).Take(100).ToList();
        Assert.Equal(100, hundred.Count);
        await using var before = Database.CreateContext();
        var lastRecord = await before.ChangeRecords.MaxAsync(c => c.Id);

        var editor = await Database.EditorAsync();
        Database.App.Commands.Reset();
        var confirmed = await Database.GetService<SuggestionCommands>().ConfirmAsync(hundred, editor, CancellationToken.None);
        var commands = Database.App.Commands.Count;

        Assert.Equal(100, confirmed);
        // The role, two reads, the transaction, one batched save of the changes and one of their history: not one per suggestion.
        Assert.True(commands <= 10, $"{commands} SQL-opdrachten");
        await using var db = Database.CreateContext();
        var records = await db.ChangeRecords.Where(c => c.Id > lastRecord).ToListAsync();
        Assert.Equal(100, records.Count);
        Assert.Single(records.Select(r => r.At).Distinct());
        Assert.All(records, r => Assert.Equal("redacteur@gemeente.example", r.UserName));

        await ImportHalfAsync();

        var ids = hundred.Select(s => s.MembershipId).ToList();
        await using var check = Database.CreateContext();
        Assert.False(await check.Memberships.AnyAsync(m => ids.Contains(m.Id) && m.InterestsAreSuggestion));
        Assert.DoesNotContain(await ListAsync(new SuggestionFilter(Kind: SuggestionKind.Interests)), s => ids.Contains(s.MembershipId));
    }

    [Fact]
    public async Task Keeps_a_corrected_goal_level_on_re_import()
    {
        await ImportHalfAsync();
        var suggestion = (await ListAsync(new SuggestionFilter(Kind: SuggestionKind.GoalLevel))).First(s => s.GoalLevel == GoalLevel.Tactisch);

        Assert.True(await Database.GetService<SuggestionCommands>().CorrectGoalLevelAsync(
            suggestion.ArrangementId, GoalLevel.Operationeel, await Database.EditorAsync(), CancellationToken.None));
        await ImportHalfAsync();

        await using var db = Database.CreateContext();
        var arrangement = await db.Arrangements.SingleAsync(a => a.Id == suggestion.ArrangementId);
        Assert.Equal((GoalLevel.Operationeel, false), (arrangement.GoalLevel, arrangement.GoalLevelIsSuggestion));
    }

    [Fact]
    public async Task Refuses_a_reader_who_may_not_edit()
    {
        await ImportHalfAsync();
        var one = (await ListAsync(new SuggestionFilter())).Take(1).ToList();

        Assert.Null(await Database.GetService<SuggestionCommands>().ConfirmAsync(one, Users.Anonymous, CancellationToken.None));
        Assert.False(await Database.GetService<SuggestionCommands>().CorrectGoalLevelAsync(one[0].ArrangementId, GoalLevel.Strategisch, Users.Anonymous, CancellationToken.None));
        // A role only claimed: the database holds no such redacteur.
        var claimed = Users.WithRole("redacteur@gemeente.example", Roles.Redacteur);
        Assert.Null(await Database.GetService<SuggestionCommands>().ConfirmAsync(one, claimed, CancellationToken.None));
        Assert.False(await Database.GetService<SuggestionCommands>().CorrectGoalLevelAsync(one[0].ArrangementId, GoalLevel.Strategisch, claimed, CancellationToken.None));
        Assert.Contains(await ListAsync(new SuggestionFilter()), s => s == one[0]);
    }
}
