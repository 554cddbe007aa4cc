using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.VisualBasic.FileIO;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Import.Cbs;

/// <summary>
/// Brings the municipalities in line with a CBS list (code,name,province_code,province_name) that applies from a
/// date: new municipalities are added; ones missing from the list end on that date, with their successor where the
/// list makes it clear (the one new municipality in the same province), and their memberships and task placements
/// end too, so overviews of earlier dates keep them. All or nothing.
/// </summary>
public sealed partial class MunicipalityImporter(IDbContextFactory<RegisterDbContext> contextFactory, TimeProvider clock)
{
    public async Task<ImportReport> ImportAsync(Stream stream, DateOnly validFrom, CancellationToken cancellationToken)
    {
        var rows = Read(stream);
        return await contextFactory.RetryingAsync(() => ImportOnceAsync(rows, validFrom, cancellationToken), cancellationToken);
    }

    /// <summary>One attempt, from reading the register to the commit: a transient failure runs it all again.</summary>
    private async Task<ImportReport> ImportOnceAsync(List<Row> rows, DateOnly validFrom, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var provinces = await db.Provinces.ToDictionaryAsync(p => p.Code, cancellationToken);
        var provinceOrganisations = await db.Organisations.Where(o => o.Kind == OrganisationKind.Provincie && o.Identifier != null)
            .ToDictionaryAsync(o => o.Identifier!, cancellationToken);
        foreach (var (code, name) in rows.Select(r => (r.ProvinceCode, r.ProvinceName)).Distinct())
        {
            if (!provinces.TryGetValue(code, out var province))
            {
                provinces[code] = province = new Province { Code = code, Name = name };
                db.Provinces.Add(province);
            }
            else if (province.Name != name)
            {
                province.Name = name;
            }

            if (!provinceOrganisations.ContainsKey(code))
            {
                db.Organisations.Add(new Organisation { Name = $"Provincie {name}", Kind = OrganisationKind.Provincie, Identifier = code });
            }
        }

        var municipalities = await db.Municipalities.ToDictionaryAsync(m => m.Code, cancellationToken);
        var added = new List<Municipality>();
        foreach (var row in rows)
        {
            if (!municipalities.TryGetValue(row.Code, out var municipality))
            {
                municipality = new Municipality { Code = row.Code, Name = row.Name, ProvinceCode = row.ProvinceCode, ValidFrom = validFrom };
                db.Municipalities.Add(municipality);
                added.Add(municipality);
                report.Added.Add($"{row.Code} {row.Name}");
                continue;
            }

            var changed = municipality.Name != row.Name || municipality.ProvinceCode != row.ProvinceCode || municipality.ValidTo is not null;
            (municipality.Name, municipality.ProvinceCode, municipality.ValidTo, municipality.SuccessorId) =
                (row.Name, row.ProvinceCode, null, municipality.ValidTo is null ? municipality.SuccessorId : null);
            (changed ? report.Updated : report.Unchanged).Add($"{row.Code} {row.Name}");
        }

        var listed = rows.Select(r => r.Code).ToHashSet();
        var gone = municipalities.Values.Where(m => !listed.Contains(m.Code) && (m.ValidTo is null || m.ValidTo > validFrom)).ToList();
        var goneIds = gone.Select(m => m.Id).ToList();
        var memberships = await db.Memberships.Where(m => m.MunicipalityId != null && goneIds.Contains(m.MunicipalityId.Value)).ToListAsync(cancellationToken);
        var placements = await db.TaskPlacements.Where(p => goneIds.Contains(p.MunicipalityId)).ToListAsync(cancellationToken);
        foreach (var municipality in gone)
        {
            var validTo = Periods.EndOn(municipality.ValidFrom, validFrom);
            municipality.ValidTo = validTo;
            var candidates = added.Where(a => a.ProvinceCode == municipality.ProvinceCode).ToList();
            municipality.Successor = candidates.Count == 1 ? candidates[0] : null;
            foreach (var membership in memberships.Where(m => m.MunicipalityId == municipality.Id && (m.LeaveDate is null || m.LeaveDate > validTo)))
            {
                membership.LeaveDate = Periods.EndOn(membership.JoinDate, validTo);
            }

            foreach (var placement in placements.Where(p => p.MunicipalityId == municipality.Id && (p.EndDate is null || p.EndDate > validTo)))
            {
                placement.EndDate = Periods.EndOn(placement.StartDate, validTo);
            }

            report.Ended.Add($"{municipality.Code} {municipality.Name} per {municipality.ValidTo:yyyy-MM-dd}" +
                (municipality.Successor is { } successor ? $", opgegaan in {successor.Code} {successor.Name}" : ", opvolger niet eenduidig: koppel die met de hand"));
        }

        var log = ChangeLog.Capture(db, []);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeRecords.AddRange(log.Records("import CBS-gemeenten", clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    /// <summary>Reads and checks every row before anything changes; a wrong row stops the import with its line.</summary>
    private static List<Row> Read(Stream stream)
    {
        using var parser = new TextFieldParser(stream) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? throw new ImportFormatException("Het bestand is leeg.", 1);
        var columns = Columns.Select(c => Array.IndexOf(header, c)).ToArray();
        if (columns.Any(c => c < 0))
        {
            throw new ImportFormatException("Regel 1: de kolommen code, name, province_code en province_name ontbreken.", 1);
        }

        var rows = new List<Row>();
        while (!parser.EndOfData)
        {
            var line = (int)parser.LineNumber;
            var fields = parser.ReadFields()!;
            var row = new Row(fields.ElementAtOrDefault(columns[0])?.Trim() ?? "", fields.ElementAtOrDefault(columns[1])?.Trim() ?? "",
                fields.ElementAtOrDefault(columns[2])?.Trim() ?? "", fields.ElementAtOrDefault(columns[3])?.Trim() ?? "");
            if (!MunicipalityCode().IsMatch(row.Code) || row.Name.Length is 0 or > Municipality.NameMaxLength
                || !ProvinceCode().IsMatch(row.ProvinceCode) || row.ProvinceName.Length is 0 or > Province.NameMaxLength)
            {
                throw new ImportFormatException($"Regel {line}: '{string.Join(",", fields)}' is geen geldige gemeente (GMNNNN, naam, PVNN, provincie). Er is niets ingelezen.", line);
            }

            if (rows.Any(r => r.Code == row.Code))
            {
                throw new ImportFormatException($"Regel {line}: {row.Code} staat twee keer in het bestand. Er is niets ingelezen.", line);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static readonly string[] Columns = ["code", "name", "province_code", "province_name"];

    private sealed record Row(string Code, string Name, string ProvinceCode, string ProvinceName);

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex MunicipalityCode();

    [GeneratedRegex("^PV[0-9]{2}$")]
    private static partial Regex ProvinceCode();
}
