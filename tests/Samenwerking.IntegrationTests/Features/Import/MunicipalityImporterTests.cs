using System.Text;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Import;
using Samenwerking.Web.Features.Import.Cbs;
using Samenwerking.Web.Features.Municipalities;

namespace Samenwerking.IntegrationTests.Features.Import;

/// <summary>The CBS list of municipalities: the current list changes nothing; a merger ends the old ones with their successor.</summary>
public sealed class MunicipalityImporterTests(RegisterDatabase database) : RegisterTest(database)
{
    private static readonly DateOnly MergerDay = new(2027, 1, 1);

    private static string CbsList() => File.ReadAllText(SharedData.PathOf("cbs/gemeenten-2026.csv"));

    private Task<ImportReport> ImportAsync(string csv, DateOnly per) =>
        Database.GetService<MunicipalityImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), per, CancellationToken.None);

    [Fact]
    public async Task Changes_nothing_with_the_list_the_register_was_seeded_from()
    {
        var report = await ImportAsync(CbsList(), new DateOnly(2026, 1, 1));

        Assert.Equal(342, report.Unchanged.Count);
        Assert.Empty(report.Added);
        Assert.Empty(report.Ended);
    }

    [Fact]
    public async Task Ends_merged_municipalities_with_their_successor_and_keeps_their_memberships_as_history()
    {
        var merged = string.Join('\n', CbsList().Split('\n').Where(l => !l.StartsWith("GM0344,", StringComparison.Ordinal) && !l.StartsWith("GM0355,", StringComparison.Ordinal)))
            .TrimEnd() + "\nGM9001,Utrecht-Zeist,PV26,Utrecht\n";

        var report = await ImportAsync(merged, MergerDay);

        Assert.Equal(["GM9001 Utrecht-Zeist"], report.Added);
        Assert.Equal(2, report.Ended.Count);
        Assert.All(report.Ended, e => Assert.Contains("opgegaan in GM9001", e, StringComparison.Ordinal));
        await using var db = Database.CreateContext();
        var utrecht = await db.Municipalities.Include(m => m.Successor).SingleAsync(m => m.Code == "GM0344");
        Assert.Equal(MergerDay, utrecht.ValidTo);
        Assert.Equal("GM9001", utrecht.Successor!.Code);
        var queries = Database.GetService<MunicipalityQueries>();
        Assert.NotEmpty((await queries.DetailAsync("GM0344", MergerDay.AddDays(-1), CancellationToken.None))!.Arrangements);
        Assert.Empty((await queries.DetailAsync("GM0344", MergerDay, CancellationToken.None))!.Arrangements);
        Assert.DoesNotContain(await queries.ListAsync(null, null, MergerDay, CancellationToken.None), m => m.Code == "GM0344");
    }

    [Theory]
    [InlineData("code,name,province_code,province_name\nGM0344,Utrecht,PV26,Utrecht\nGM34,Fout,PV26,Utrecht\n", "Regel 3")]
    [InlineData("code,name,province_code,province_name\nGM0344,Utrecht,PV26,Utrecht\nGM0344,Utrecht,PV26,Utrecht\n", "twee keer")]
    [InlineData("gemeente;naam\nGM0344;Utrecht\n", "kolommen")]
    public async Task Changes_nothing_when_a_row_is_wrong(string csv, string message)
    {
        var error = await Assert.ThrowsAsync<ImportFormatException>(() => ImportAsync(csv, MergerDay));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.Equal(342, await db.Municipalities.CountAsync(m => m.ValidTo == null));
    }
}
