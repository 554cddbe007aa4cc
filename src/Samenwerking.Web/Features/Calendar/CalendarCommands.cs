using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Domain.Calendar;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.Web.Features.Calendar;

/// <summary>
/// Records the dates a regeling actually sent its documents and each council's zienswijze. The role is asked of the
/// database at every save; the form is validated again; a stale version is refused; every change is in the history
/// under the editor's name, in the same transaction, and raises the register version.
/// </summary>
public sealed class CalendarCommands(
    IDbContextFactory<RegisterDbContext> contextFactory,
    AccessCheck access,
    IValidator<DocumentForm> documentValidator,
    IValidator<ZienswijzeForm> zienswijzeValidator,
    TimeProvider clock)
{
    private const string ChangedMeanwhile =
        "Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw om de nieuwe gegevens te zien; er is niets opgeslagen.";

    /// <summary>Records (or moves) the date a document was sent; moving it raises its revision, so calendars replace the event.</summary>
    public async Task<FormSaveResult> RecordSentAsync(DocumentForm form, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await access.MayEditAsync(user, cancellationToken))
        {
            return FormSaveResult.Forbidden;
        }

        var validation = await documentValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return FormSaveResult.Invalid(validation.ToDictionary());
        }

        return await contextFactory.RetryingAsync(() => RecordSentOnceAsync(form, user, cancellationToken), cancellationToken);
    }

    /// <summary>One attempt of <see cref="RecordSentAsync"/>: a transient failure runs it again as a whole (decision 0025).</summary>
    private async Task<FormSaveResult> RecordSentOnceAsync(DocumentForm form, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await RegelingProblemAsync(db, form.ArrangementId, cancellationToken) is { } problem)
        {
            return FormSaveResult.Invalid("", problem);
        }

        var numbered = form.Kind is PlanningDocumentKind.Begrotingswijziging or PlanningDocumentKind.OntwerpRegeling;
        if (!numbered)
        {
            form.Number = 0;
        }
        else if (form.Number == 0)
        {
            form.Number = 1 + await db.PlanningDocuments
                .Where(d => d.ArrangementId == form.ArrangementId && d.Kind == form.Kind && d.Year == form.Year)
                .MaxAsync(d => (int?)d.Number, cancellationToken) ?? 0;
            form.Version = null;
        }

        var document = await db.PlanningDocuments.Include(d => d.Zienswijzen).ThenInclude(z => z.Municipality)
            .SingleOrDefaultAsync(d => d.ArrangementId == form.ArrangementId && d.Kind == form.Kind && d.Year == form.Year && d.Number == form.Number, cancellationToken);
        if (document is null)
        {
            if (numbered && form.Version is not null)
            {
                return FormSaveResult.Invalid("", $"{CalendarLabels.Document(form.Kind, form.Year, form.Number)} bestaat niet (meer) voor deze regeling.");
            }

            document = new PlanningDocument { ArrangementId = form.ArrangementId, Kind = form.Kind, Year = form.Year, Number = form.Number };
            db.PlanningDocuments.Add(document);
        }
        else if (form.Version != document.Version)
        {
            return FormSaveResult.Conflict(ChangedMeanwhile);
        }

        // A zienswijze cannot predate the document it is about: refuse rather than leave the two contradicting.
        if (document.Zienswijzen.FirstOrDefault(z => z.GivenOn < form.SentOn) is { } earlier)
        {
            return FormSaveResult.Invalid(nameof(DocumentForm.SentOn),
                $"De raad van {earlier.Municipality!.Name} gaf zijn zienswijze op {CalendarLabels.Date(earlier.GivenOn)}, vóór {CalendarLabels.Date(form.SentOn)}. Controleer beide data; er is niets opgeslagen.");
        }

        if (document.SentOn != form.SentOn)
        {
            document.SentOn = form.SentOn;
            document.Revision++;
        }

        document.Title = Clean(form.Title);
        document.Link = Clean(form.Link);
        return await SaveAsync(db, user, form.ArrangementId, cancellationToken);
    }

    /// <summary>Records one council's zienswijze (planned, given or none) and the bestuur's reply.</summary>
    public async Task<FormSaveResult> RecordZienswijzeAsync(ZienswijzeForm form, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await access.MayEditAsync(user, cancellationToken))
        {
            return FormSaveResult.Forbidden;
        }

        var validation = await zienswijzeValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return FormSaveResult.Invalid(validation.ToDictionary());
        }

        return await contextFactory.RetryingAsync(() => RecordZienswijzeOnceAsync(form, user, cancellationToken), cancellationToken);
    }

    /// <summary>One attempt of <see cref="RecordZienswijzeAsync"/>: a transient failure runs it again as a whole (decision 0025).</summary>
    private async Task<FormSaveResult> RecordZienswijzeOnceAsync(ZienswijzeForm form, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await RegelingProblemAsync(db, form.ArrangementId, cancellationToken) is { } problem)
        {
            return FormSaveResult.Invalid("", problem);
        }

        var code = Municipality.NormaliseCode(form.MunicipalityCode);
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Code == code, cancellationToken);
        if (municipality is null)
        {
            return FormSaveResult.Invalid(nameof(ZienswijzeForm.MunicipalityCode), $"Er is geen gemeente met code {form.MunicipalityCode}.");
        }

        if (!await db.Memberships.AnyAsync(m => m.ArrangementId == form.ArrangementId && m.MunicipalityId == municipality.Id, cancellationToken))
        {
            return FormSaveResult.Invalid("", $"{municipality.Name} neemt niet deel aan deze regeling: de raad geeft er geen zienswijze op.");
        }

        var yearly = WgrCalendar.Yearly.Contains(form.Kind);
        if (yearly)
        {
            form.Number = 0;
        }

        var document = await db.PlanningDocuments
            .SingleOrDefaultAsync(d => d.ArrangementId == form.ArrangementId && d.Kind == form.Kind && d.Year == form.Year && d.Number == form.Number, cancellationToken);
        if (document is null)
        {
            if (!yearly || form.Year is < FinancialYear.MinYear or > FinancialYear.MaxYear)
            {
                return FormSaveResult.Invalid("",
                    $"{CalendarLabels.Document(form.Kind, form.Year, form.Number)} bestaat niet voor deze regeling. Leg eerst vast wanneer het bestuur het stuk verzond.");
            }

            // The law expects this document every year: the council may record its zienswijze before anyone records the sending.
            document = new PlanningDocument { ArrangementId = form.ArrangementId, Kind = form.Kind, Year = form.Year };
            db.PlanningDocuments.Add(document);
        }

        if (document.SentOn is { } sent)
        {
            if (form.GivenOn < sent)
            {
                return FormSaveResult.Invalid(nameof(ZienswijzeForm.GivenOn),
                    $"De zienswijze kan niet gegeven zijn vóór het bestuur het stuk verzond ({CalendarLabels.Date(sent)}). Er is niets opgeslagen.");
            }

            if (form.MeetingOn < sent)
            {
                return FormSaveResult.Invalid(nameof(ZienswijzeForm.MeetingOn),
                    $"De raad kan het stuk niet behandelen vóór het bestuur het verzond ({CalendarLabels.Date(sent)}). Er is niets opgeslagen.");
            }
        }

        var zienswijze = document.Id == 0 ? null
            : await db.Zienswijzen.SingleOrDefaultAsync(z => z.PlanningDocumentId == document.Id && z.MunicipalityId == municipality.Id, cancellationToken);
        if (zienswijze is null)
        {
            if (form.Version is not null)
            {
                return FormSaveResult.Conflict(ChangedMeanwhile);
            }

            zienswijze = new Zienswijze { PlanningDocument = document, MunicipalityId = municipality.Id };
            db.Zienswijzen.Add(zienswijze);
        }
        else if (form.Version != zienswijze.Version)
        {
            return FormSaveResult.Conflict(ChangedMeanwhile);
        }

        zienswijze.Status = form.Status!.Value;
        zienswijze.MeetingOn = form.MeetingOn;
        zienswijze.GivenOn = form.Status == ZienswijzeStatus.Gegeven ? form.GivenOn : null;
        zienswijze.Text = Clean(form.Text);
        zienswijze.Link = Clean(form.Link);
        zienswijze.Reply = Clean(form.Reply);
        zienswijze.ReplyOn = form.ReplyOn;
        return await SaveAsync(db, user, form.ArrangementId, cancellationToken);
    }

    private static async Task<string?> RegelingProblemAsync(RegisterDbContext db, int arrangementId, CancellationToken cancellationToken)
    {
        var form = await db.Arrangements.Where(a => a.Id == arrangementId).Select(a => (LegalForm?)a.LegalForm).SingleOrDefaultAsync(cancellationToken);
        return form switch
        {
            null => "Deze regeling bestaat niet (meer).",
            { } f when !WgrCalendar.HasCycle(f) =>
                "Deze regeling heeft geen openbaar lichaam, bedrijfsvoeringsorganisatie of gemeenschappelijk orgaan, en dus geen begrotingscyclus onder de Wgr.",
            _ => null,
        };
    }

    private async Task<FormSaveResult> SaveAsync(RegisterDbContext db, ClaimsPrincipal user, int arrangementId, CancellationToken cancellationToken)
    {
        var userName = user.Identity?.Name ?? "onbekend";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var log = ChangeLog.Capture(db, []);
        if (log.IsEmpty)
        {
            return FormSaveResult.Saved;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FormSaveResult.Conflict(ChangedMeanwhile);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return FormSaveResult.Conflict(ChangedMeanwhile);
        }

        db.ChangeRecords.AddRange(log.Records(userName, clock.GetUtcNow(), arrangementId));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return FormSaveResult.Saved;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
