using System.Text;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Import;
using Samenwerking.Web.Features.Import.Roo;

namespace Samenwerking.Tests.Features.Import;

/// <summary>Reading the national register's export: the real sample, other namespace spellings, and broken files.</summary>
public sealed class RooReaderTests
{
    private static readonly DateOnly Snapshot = new(2026, 5, 16);

    private static async Task<IReadOnlyList<RooRegeling>> ReadSampleAsync(Func<string, string>? rewrite = null)
    {
        var xml = await File.ReadAllTextAsync(SharedData.PathOf("roo/sample-exportOO.xml"));
        return await ReadAsync(rewrite is null ? xml : rewrite(xml));
    }

    private static async Task<IReadOnlyList<RooRegeling>> ReadAsync(string xml) => (await ReadExportAsync(xml)).Regelingen;

    private static async Task<RooExport> ReadExportAsync(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return await RooReader.ReadAsync(stream, CancellationToken.None);
    }

    [Fact]
    public async Task Reads_every_regeling_version_of_the_sample_and_skips_the_organisations()
    {
        var regelingen = await ReadSampleAsync();

        Assert.Equal(38, regelingen.Count);
        Assert.Equal(22, regelingen.Count(r => r.IsCurrentOn(Snapshot)));
        Assert.Equal(717, regelingen.Sum(r => r.Participants.Count));
    }

    [Fact]
    public async Task Reads_a_regeling_with_its_form_dates_version_chain_and_participants()
    {
        var regelingen = await ReadSampleAsync();

        var current = regelingen.Single(r => r.SystemId == "28426877");
        Assert.Equal("Gemeenschappelijke regeling Veiligheidsregio Utrecht", current.Title);
        Assert.Equal("OL", current.FormCode);
        Assert.Equal(new DateOnly(2019, 1, 1), current.StartDate);
        Assert.Null(current.EndDate);
        Assert.Equal(26, current.Participants.Count);
        var amersfoort = current.Participants[0];
        Assert.Equal(("gemeente", "GM0307", "Gemeente Amersfoort"), (amersfoort.TooiKind, amersfoort.TooiCode, amersfoort.Name));
        Assert.Equal(new DateOnly(2006, 1, 1), amersfoort.JoinDate);
        Assert.Equal(["College van burgemeester en wethouders"], amersfoort.GoverningBodies);
        var previous = regelingen.Single(r => r.SystemId == "28426798");
        Assert.False(previous.IsCurrentOn(Snapshot));
    }

    [Fact]
    public async Task Reads_cost_shares_written_with_a_decimal_comma()
    {
        var regelingen = await ReadSampleAsync();

        var wmo = regelingen.Single(r => r.Title == "Centrumregeling Wmo Brabant Noordoost-oost 2024" && r.IsCurrentOn(Snapshot));
        Assert.Equal(100m, wmo.Participants.Sum(p => p.CostSharePercentage));
        Assert.Contains(11.0m, wmo.Participants.Select(p => p.CostSharePercentage));
    }

    [Fact]
    public async Task Reads_a_default_namespace_and_unprefixed_attributes_the_same()
    {
        var prefixed = await ReadSampleAsync();
        var unprefixed = await ReadSampleAsync(xml => xml.Replace("xmlns:p=", "xmlns=", StringComparison.Ordinal)
            .Replace("<p:", "<", StringComparison.Ordinal).Replace("</p:", "</", StringComparison.Ordinal)
            .Replace(" p:", " ", StringComparison.Ordinal));
        var otherVersion = await ReadSampleAsync(xml => xml.Replace("oo/export/2.6.9", "oo/export/2.7.1", StringComparison.Ordinal));

        Assert.Equal(Summary(prefixed), Summary(unprefixed));
        Assert.Equal(Summary(prefixed), Summary(otherVersion));
    }

    [Fact]
    public async Task Cleans_zero_width_spaces_from_texts()
    {
        var regelingen = await ReadAsync("""
            <overheidsorganisaties xmlns="urn:x"><gemeenschappelijkeRegelingen>
              <regeling systeemId="1"><titel>&#x200B;&#x200B;Gemeenschappelijke Regeling VRBZO 2024&#x200B;</titel></regeling>
            </gemeenschappelijkeRegelingen></overheidsorganisaties>
            """);

        Assert.Equal("Gemeenschappelijke Regeling VRBZO 2024", Assert.Single(regelingen).Title);
    }

    [Fact]
    public async Task Says_where_a_truncated_file_breaks()
    {
        var xml = await File.ReadAllTextAsync(SharedData.PathOf("roo/sample-exportOO.xml"));

        var error = await Assert.ThrowsAsync<ImportFormatException>(() => ReadAsync(xml[..(xml.Length / 2)]));

        Assert.True(error.Line > 1);
        Assert.Contains($"Regel {error.Line}", error.Message, StringComparison.Ordinal);
        Assert.Contains("geen geldige XML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html><body>niet dit</body></html>", "geen export van het Register van Overheidsorganisaties")]
    [InlineData("<overheidsorganisaties><gemeenschappelijkeRegelingen><regeling><titel>Zonder id</titel></regeling></gemeenschappelijkeRegelingen></overheidsorganisaties>", "zonder systeemId")]
    [InlineData("<overheidsorganisaties><gemeenschappelijkeRegelingen><regeling systeemId=\"5\"><titel>X</titel><datumInwerkingtreding>1-1-2024</datumInwerkingtreding></regeling></gemeenschappelijkeRegelingen></overheidsorganisaties>", "is geen datum")]
    public async Task Refuses_what_is_not_a_readable_export(string xml, string message)
    {
        var error = await Assert.ThrowsAsync<ImportFormatException>(() => ReadAsync(xml));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static string Summary(IReadOnlyList<RooRegeling> regelingen) => string.Join("|", regelingen.Select(r =>
        $"{r.SystemId};{r.Title};{r.FormCode};{r.StartDate};{r.EndDate};{r.PreviousVersionId};{r.PolicyAreas.Count};{r.Powers.Count};" +
        string.Join(",", r.Participants.Select(p => $"{p.TooiCode}:{p.JoinDate}:{p.CostSharePercentage}"))));
}
