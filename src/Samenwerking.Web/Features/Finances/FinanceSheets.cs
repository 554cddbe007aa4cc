using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Finances;

/// <summary>
/// Makes the finance workbooks, pre-filled with what the register holds: a municipality's verbonden partijen × years,
/// and an arrangement's participants × years with the balance. Three or four queries, whatever the size.
/// </summary>
public sealed class FinanceSheets(IDbContextFactory<RegisterDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>The municipality (by CBS code, "355" will do) or arrangement (by number); null when unknown.</summary>
    public Task<FinanceSubject?> SubjectAsync(SubjectKind kind, string code, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => SubjectAsync(db, kind, code, cancellationToken), cancellationToken);

    /// <summary>The municipalities of a province that exist today, by CBS code; empty when the province is unknown.</summary>
    public Task<IReadOnlyList<string>> MunicipalitiesOfProvinceAsync(string provinceCode, CancellationToken cancellationToken)
    {
        var today = Peildatum.Today(clock);
        var province = provinceCode.Trim().ToUpperInvariant();
        return contextFactory.ReadingAsync<IReadOnlyList<string>>(async db => await db.Municipalities.AsNoTracking()
            .Where(m => m.ProvinceCode == province)
            .Where(Municipality.ExistsOn(today))
            .OrderBy(m => m.Code).Select(m => m.Code)
            .ToListAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The workbook pre-filled with the register's figures; null when the municipality or arrangement is unknown.</summary>
    /// <remarks>One read (decision 0034): a transient failure reads the subject and its sheets again, together.</remarks>
    public Task<FinanceWorkbook?> WorkbookAsync(SubjectKind kind, string code, YearRange years, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(async db =>
        {
            if (await SubjectAsync(db, kind, code, cancellationToken) is not { } subject)
            {
                return null;
            }

            var sheets = kind == SubjectKind.Gemeente
                ? await MunicipalitySheetsAsync(db, subject, years, Peildatum.Today(clock), cancellationToken)
                : await ArrangementSheetsAsync(db, subject, years, cancellationToken);
            return new FinanceWorkbook(subject, years, clock.GetUtcNow(), sheets);
        }, cancellationToken);

    private static async Task<FinanceSubject?> SubjectAsync(RegisterDbContext db, SubjectKind kind, string code, CancellationToken cancellationToken)
    {
        if (kind == SubjectKind.Gemeente)
        {
            var normalised = Municipality.NormaliseCode(code);
            var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Code == normalised)
                .Select(m => new { m.Code, m.Name }).SingleOrDefaultAsync(cancellationToken);
            return municipality is null ? null : new FinanceSubject(kind, municipality.Code, municipality.Name);
        }

        if (!int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var name = await db.Arrangements.AsNoTracking().Where(a => a.Id == id).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
        return name is null ? null : new FinanceSubject(kind, id.ToString(CultureInfo.InvariantCulture), name);
    }

    /// <summary>
    /// The municipality's verbonden partijen today (BBV art. 1 and 15: both interests in a party with a body of its
    /// own), per party the years in which the municipality took part: its contribution and the party's balance.
    /// </summary>
    private static async Task<IReadOnlyList<FinanceSheet>> MunicipalitySheetsAsync(
        RegisterDbContext db, FinanceSubject subject, YearRange years, DateOnly today, CancellationToken cancellationToken)
    {
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.Municipality!.Code == subject.Code)
            .Select(m => new
            {
                m.Id,
                m.ArrangementId,
                m.Arrangement!.Name,
                m.Arrangement.LegalForm,
                ArrangementStart = m.Arrangement.StartDate,
                ArrangementEnd = m.Arrangement.EndDate,
                m.JoinDate,
                m.LeaveDate,
                m.AdministrativeInterest,
                m.FinancialInterests,
                Contributions = m.Contributions.Where(c => c.Year >= years.From && c.Year <= years.To).ToList(),
            })
            .ToListAsync(cancellationToken);
        var parties = memberships
            .Where(m => Periods.Contains(m.JoinDate, m.LeaveDate, today) && Periods.Contains(m.ArrangementStart, m.ArrangementEnd, today)
                && VerbondenPartij.Is(m.LegalForm, m.AdministrativeInterest, m.FinancialInterests))
            .Select(m => m.ArrangementId).ToHashSet();
        var balances = await BalancesAsync(db, parties, years, cancellationToken);

        var rows = new List<SheetRow>();
        foreach (var party in memberships.Where(m => parties.Contains(m.ArrangementId)).DistinctBy(m => m.ArrangementId)
            .OrderBy(m => m.Name, StringComparer.CurrentCulture))
        {
            foreach (var year in years.Years.Where(y => Periods.Overlaps(party.ArrangementStart, party.ArrangementEnd, y)))
            {
                // The membership of that year: a municipality that left and came back has more than one.
                var membership = memberships.Where(m => m.ArrangementId == party.ArrangementId && Periods.Overlaps(m.JoinDate, m.LeaveDate, year))
                    .MaxBy(m => m.JoinDate ?? DateOnly.MinValue);
                if (membership is null)
                {
                    continue;
                }

                var contribution = membership.Contributions.SingleOrDefault(c => c.Year == year);
                var balance = balances.GetValueOrDefault((party.ArrangementId, year));
                rows.Add(new SheetRow(
                    [party.ArrangementId, party.Name, year, .. FigureValues(SheetLayout.Parties, contribution, balance)],
                    party.ArrangementId, membership.Id, year, party.Name));
            }
        }

        return [new FinanceSheet(SheetLayout.Parties, rows)];
    }

    /// <summary>Per year every participant of that year with its cost share and contribution; and the arrangement's balance per year.</summary>
    private static async Task<IReadOnlyList<FinanceSheet>> ArrangementSheetsAsync(
        RegisterDbContext db, FinanceSubject subject, YearRange years, CancellationToken cancellationToken)
    {
        var id = int.Parse(subject.Code, CultureInfo.InvariantCulture);
        var period = await db.Arrangements.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.StartDate, a.EndDate }).SingleAsync(cancellationToken);
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.ArrangementId == id)
            .Select(m => new
            {
                m.Id,
                Code = m.Municipality != null ? m.Municipality.Code : "ORG-" + m.OrganisationId,
                Name = m.Municipality != null ? m.Municipality.Name : m.Organisation!.Name,
                m.CostSharePercentage,
                m.JoinDate,
                m.LeaveDate,
                Contributions = m.Contributions.Where(c => c.Year >= years.From && c.Year <= years.To).ToList(),
            })
            .ToListAsync(cancellationToken);
        var balances = await BalancesAsync(db, [id], years, cancellationToken);
        var yearsInForce = years.Years.Where(y => Periods.Overlaps(period.StartDate, period.EndDate, y)).ToList();

        var contributions = new List<SheetRow>();
        foreach (var year in yearsInForce)
        {
            foreach (var membership in memberships.Where(m => Periods.Overlaps(m.JoinDate, m.LeaveDate, year))
                .GroupBy(m => m.Code).Select(g => g.MaxBy(m => m.JoinDate ?? DateOnly.MinValue)!)
                .OrderBy(m => m.Name, StringComparer.CurrentCulture))
            {
                var contribution = membership.Contributions.SingleOrDefault(c => c.Year == year);
                contributions.Add(new SheetRow(
                    [membership.Code, membership.Name, membership.CostSharePercentage, year, .. FigureValues(SheetLayout.Contributions, contribution, null)],
                    id, membership.Id, year, membership.Name));
            }
        }

        var balance = yearsInForce
            .Select(year => new SheetRow([year, .. FigureValues(SheetLayout.Balance, null, balances.GetValueOrDefault((id, year)))], id, null, year, "Balans"))
            .ToList();
        return [new FinanceSheet(SheetLayout.Contributions, contributions), new FinanceSheet(SheetLayout.Balance, balance)];
    }

    private static async Task<Dictionary<(int ArrangementId, int Year), FinancialYear>> BalancesAsync(
        RegisterDbContext db, IReadOnlyCollection<int> arrangementIds, YearRange years, CancellationToken cancellationToken) =>
        await db.FinancialYears.AsNoTracking()
            .Where(f => arrangementIds.Contains(f.ArrangementId) && f.Year >= years.From && f.Year <= years.To)
            .ToDictionaryAsync(f => (f.ArrangementId, f.Year), cancellationToken);

    private static IEnumerable<object?> FigureValues(SheetLayout layout, Contribution? contribution, FinancialYear? balance) =>
        layout.Columns.Where(c => c.Figure is not null).Select(c => (object?)c.Figure!.Value.Of(contribution, balance));
}
