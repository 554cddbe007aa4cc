using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.Web.Features.Finances;

/// <summary>
/// Reads an uploaded finance workbook into the register: all or nothing, in one transaction, every change recorded
/// under the uploader's name. Each figure is compared three ways — as downloaded, as uploaded, as the register holds it
/// now — so a change somebody else made after the download is kept rather than overwritten, and a figure both
/// changed differently is a conflict that saves nothing (decision 0019).
/// </summary>
public sealed class FinanceUpload(IDbContextFactory<RegisterDbContext> contextFactory, AccessCheck access, TimeProvider clock)
{
    /// <summary>Forty parties over fifteen years are some 100 KB; this leaves room without inviting anything else.</summary>
    public const long MaximumBytes = 10L * 1024 * 1024;

    /// <summary>A cost share this many percentage points off the share of the total budget is worth a note.</summary>
    private const decimal SplitTolerance = 1m;

    /// <summary>From the page of <paramref name="expected"/>: the workbook must be that municipality's or arrangement's.</summary>
    public Task<FinanceUploadReport> UploadAsync(Stream file, FinanceSubject expected, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        UploadAsync(file, expected, user, user.Identity?.Name ?? "onbekend", cancellationToken);

    /// <summary>
    /// From the command line (<see cref="Operator.Principal"/>, the workbook saying whose it is: <paramref name="expected"/>
    /// null), or from the page; the changes are recorded under <paramref name="userName"/>. Whoever asks must be allowed to
    /// edit now, by the database (<see cref="AccessCheck"/>).
    /// </summary>
    public async Task<FinanceUploadReport> UploadAsync(
        Stream file, FinanceSubject? expected, ClaimsPrincipal user, string userName, CancellationToken cancellationToken)
    {
        if (!await access.MayEditAsync(user, cancellationToken))
        {
            return new FinanceUploadReport(expected, UploadOutcome.Forbidden);
        }

        ReadWorkbook workbook;
        try
        {
            workbook = await FinanceWorkbookReader.ReadAsync(file, cancellationToken);
        }
        catch (FinanceFileException exception)
        {
            return FinanceUploadReport.Refused(expected, exception.Message);
        }

        var subject = workbook.Subject;
        if (expected is not null && (expected.Kind != subject.Kind || !string.Equals(expected.Code, subject.Code, StringComparison.OrdinalIgnoreCase)))
        {
            return FinanceUploadReport.Refused(expected,
                $"Dit werkblad is van {subject.Description}, niet van {expected.Description}. Upload het op de pagina van {subject.Name}, " +
                $"of download hier het werkblad van {expected.Name}.");
        }

        if (workbook.Problems.Count > 0)
        {
            return new FinanceUploadReport(subject, UploadOutcome.Invalid) { Problems = workbook.Problems };
        }

        return await contextFactory.RetryingAsync(() => SaveOnceAsync(workbook, userName, cancellationToken), cancellationToken);
    }

    /// <summary>One attempt, from reading the register to the commit: a transient failure runs it all again.</summary>
    private async Task<FinanceUploadReport> SaveOnceAsync(ReadWorkbook workbook, string userName, CancellationToken cancellationToken)
    {
        var subject = workbook.Subject;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var arrangements = await LoadAsync(db, workbook, cancellationToken);
        var merge = Merge(workbook, arrangements);
        if (merge.Problems.Count > 0 || merge.Conflicts.Count > 0)
        {
            return new FinanceUploadReport(subject, merge.Problems.Count > 0 ? UploadOutcome.Invalid : UploadOutcome.Conflict)
            {
                Problems = [.. merge.Problems, .. merge.Conflicts],
            };
        }

        var notes = merge.Notes;
        if (workbook.MissingRows > 0)
        {
            notes.Add($"{workbook.MissingRows} {(workbook.MissingRows == 1 ? "rij" : "rijen")} van het gedownloade werkblad {(workbook.MissingRows == 1 ? "ontbreekt" : "ontbreken")}; " +
                "wat daarin stond, blijft in het register zoals het was.");
        }

        if (subject.Kind == SubjectKind.Samenwerkingsverband)
        {
            var names = workbook.Figures.Where(f => f.Key.MembershipId is not null).DistinctBy(f => f.Key.MembershipId)
                .ToDictionary(f => f.Key.MembershipId!.Value, f => f.Name);
            notes.AddRange(arrangements.Values.SelectMany(a => SplitNotes(a, names)));
        }

        if (merge.Changes.Count == 0)
        {
            return new FinanceUploadReport(subject, UploadOutcome.Unchanged) { Notes = notes };
        }

        var now = clock.GetUtcNow();
        foreach (var arrangement in merge.Touched)
        {
            arrangement.UpdatedAt = now;
            arrangement.UpdatedBy = userName;
        }

        var arrangementOfMembership = arrangements.Values.SelectMany(a => a.Memberships).ToDictionary(m => m.Id, m => m.ArrangementId);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var log = ChangeLog.Capture(db, []);
            await db.SaveChangesAsync(cancellationToken);
            await ChangeRecordWriter.InsertAsync(db, log.Records(userName, now, entity => entity switch
            {
                Arrangement arrangement => arrangement.Id,
                FinancialYear year => year.ArrangementId,
                Contribution contribution => arrangementOfMembership[contribution.MembershipId],
                _ => null,
            }).ToList(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || IsSameYearTwice(exception))
        {
            // Another save committed between reading the register and writing to it; the next upload merges with it.
            return new FinanceUploadReport(subject, UploadOutcome.Conflict)
            {
                Problems = [new UploadProblem(null, "Iemand anders sloeg zojuist cijfers op van " +
                    string.Join(", ", merge.Touched.Select(a => a.Name).Order(StringComparer.CurrentCulture)) +
                    ". Upload het werkblad opnieuw: wat u niet wijzigde, blijft dan van de ander.")],
            };
        }
        catch (DbUpdateException exception) when (ConstraintMessages.For(exception) is { } message)
        {
            return FinanceUploadReport.Refused(subject, message);
        }

        return new FinanceUploadReport(subject, UploadOutcome.Saved) { Changes = merge.Changes, Notes = notes };
    }

    /// <summary>
    /// The arrangements the workbook's figures belong to, tracked, with the memberships and years it names: four queries
    /// whatever its size. A membership that is not the subject's (a municipality's sheet names only its own) is left out.
    /// </summary>
    private static async Task<Dictionary<int, Arrangement>> LoadAsync(RegisterDbContext db, ReadWorkbook workbook, CancellationToken cancellationToken)
    {
        var subject = workbook.Subject;
        var arrangementIds = workbook.Figures.Select(f => f.Key.ArrangementId).Distinct().ToList();
        var membershipIds = workbook.Figures.Select(f => f.Key.MembershipId).OfType<int>().Distinct().ToList();
        var years = workbook.Figures.Select(f => f.Key.Year).Distinct().ToList();
        var municipality = subject.Kind == SubjectKind.Gemeente ? subject.Code : null;
        var arrangement = subject.Kind == SubjectKind.Samenwerkingsverband ? int.Parse(subject.Code, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        return await db.Arrangements
            .Where(a => arrangementIds.Contains(a.Id) && (arrangement == null || a.Id == arrangement))
            .Include(a => a.FinancialYears.Where(f => years.Contains(f.Year)))
            .Include(a => a.Memberships.Where(m => membershipIds.Contains(m.Id) && (municipality == null || m.Municipality!.Code == municipality)))
            .ThenInclude(m => m.Contributions.Where(c => years.Contains(c.Year)))
            .AsSplitQuery()
            .ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    /// <summary>
    /// Per figure: unchanged by the user, changed by the user alone (applied), changed by somebody else alone (kept, and
    /// noted), or changed by both to different amounts (a conflict).
    /// </summary>
    private static Merged Merge(ReadWorkbook workbook, Dictionary<int, Arrangement> arrangements)
    {
        var merged = new Merged();
        foreach (var figure in workbook.Figures)
        {
            var key = figure.Key;
            if (!arrangements.TryGetValue(key.ArrangementId, out var arrangement))
            {
                merged.Problems.Add(new UploadProblem(figure.Place, $"{figure.Name}: dit samenwerkingsverband hoort niet bij {workbook.Subject.Description} " +
                    "of staat niet meer in het register."));
                continue;
            }

            var membership = key.MembershipId is { } id ? arrangement.Memberships.SingleOrDefault(m => m.Id == id) : null;
            if (key.Figure.IsContribution() && membership is null)
            {
                merged.Problems.Add(new UploadProblem(figure.Place, $"{figure.Name}: deze deelname hoort niet bij {workbook.Subject.Description} " +
                    "of staat niet meer in het register."));
                continue;
            }

            var contribution = membership?.Contributions.SingleOrDefault(c => c.Year == key.Year);
            var year = arrangement.FinancialYears.SingleOrDefault(f => f.Year == key.Year);
            var current = key.Figure.Of(contribution, year);
            if (figure.Uploaded == current)
            {
                continue;
            }

            if (figure.Uploaded == figure.Original)
            {
                merged.Notes.Add($"{figure.Description}: na uw download gewijzigd in {Amounts.Format(current)} " +
                    $"(het werkblad had nog {Amounts.Format(figure.Original)}); dat blijft staan.");
                continue;
            }

            if (current != figure.Original)
            {
                merged.Conflicts.Add(new UploadProblem(figure.Place, $"u vulde {Amounts.Format(figure.Uploaded)} in, maar na uw download is dit al gewijzigd " +
                    $"van {Amounts.Format(figure.Original)} in {Amounts.Format(current)}."));
                continue;
            }

            if (key.Figure.IsContribution())
            {
                if (contribution is null)
                {
                    contribution = new Contribution { Year = key.Year };
                    membership!.Contributions.Add(contribution);
                }

                key.Figure.Set(contribution, figure.Uploaded);
            }
            else
            {
                if (year is null)
                {
                    year = new FinancialYear { Year = key.Year };
                    arrangement.FinancialYears.Add(year);
                }

                key.Figure.Set(year, figure.Uploaded);
            }

            merged.Touched.Add(arrangement);
            merged.Changes.Add(new FigureChange(figure.Name, key.Year, key.Figure, current, figure.Uploaded));
        }

        return merged;
    }

    /// <summary>
    /// Per year, participants whose budgeted contribution is a share of the total that differs from their cost share
    /// (verdeelsleutel): worth a look, not wrong in itself (a fixed part per participant is common).
    /// </summary>
    private static IEnumerable<string> SplitNotes(Arrangement arrangement, Dictionary<int, string> names)
    {
        var contributions = arrangement.Memberships
            .SelectMany(m => m.Contributions.Where(c => c.Budgeted is not null).Select(c => (Membership: m, c.Year, Budgeted: c.Budgeted!.Value)))
            .GroupBy(c => c.Year).OrderBy(g => g.Key);
        foreach (var year in contributions)
        {
            var total = year.Sum(c => c.Budgeted);
            if (total <= 0)
            {
                continue;
            }

            foreach (var (membership, _, budgeted) in year.Where(c => c.Membership.CostSharePercentage is not null))
            {
                var share = budgeted / total * 100;
                if (Math.Abs(share - membership.CostSharePercentage!.Value) > SplitTolerance)
                {
                    yield return $"{names.GetValueOrDefault(membership.Id, "een deelnemer")} {year.Key}: de begrote bijdrage is " +
                        $"{Labels.Percentage(Math.Round(share, 1))} van het totaal ({Amounts.Format(total)}), de verdeelsleutel is " +
                        $"{Labels.Percentage(membership.CostSharePercentage)}.";
                }
            }
        }
    }

    private static bool IsSameYearTwice(DbUpdateException exception) =>
        exception.InnerException is PostgresException { ConstraintName: "ix_contributions_membership_id_year" or "ix_financial_years_arrangement_id_year" };

    private sealed class Merged
    {
        public List<FigureChange> Changes { get; } = [];

        public List<UploadProblem> Problems { get; } = [];

        public List<UploadProblem> Conflicts { get; } = [];

        public List<string> Notes { get; } = [];

        public HashSet<Arrangement> Touched { get; } = [];
    }
}
