using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.Web.Features.Overview;

/// <summary>
/// Saves a municipality's own texts in its paragraaf verbonden partijen: the regime per risk class and, for one year, the
/// visie, beleidsvoornemens and verantwoording per verbonden partij. The role is asked of the database at every save; the
/// form is validated again; a text changed by somebody else since the editor loaded it is refused (each row's xmin); every
/// change is in the history under the editor's name, in the same transaction, and raises the register version.
/// </summary>
public sealed class ParagraphCommands(
    IDbContextFactory<RegisterDbContext> contextFactory,
    AccessCheck access,
    IValidator<ParagraphTextsForm> validator,
    TimeProvider clock)
{
    private const string ChangedMeanwhile =
        "Iemand anders heeft deze teksten intussen gewijzigd. Laad de pagina opnieuw om de nieuwe teksten te zien; er is niets opgeslagen.";

    public async Task<FormSaveResult> SaveAsync(ParagraphTextsForm form, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await access.MayEditAsync(user, cancellationToken))
        {
            return FormSaveResult.Forbidden;
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return FormSaveResult.Invalid(validation.ToDictionary());
        }

        return await contextFactory.RetryingAsync(() => SaveOnceAsync(form, user, cancellationToken), cancellationToken);
    }

    /// <summary>One attempt of <see cref="SaveAsync"/>: a transient failure runs it again as a whole (decision 0025).</summary>
    private async Task<FormSaveResult> SaveOnceAsync(ParagraphTextsForm form, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var code = Municipality.NormaliseCode(form.MunicipalityCode);
        var municipality = await db.Municipalities.Where(m => m.Code == code).Select(m => new { m.Id, m.Name }).SingleOrDefaultAsync(cancellationToken);
        if (municipality is null)
        {
            return FormSaveResult.Invalid("", $"Er is geen gemeente met code {form.MunicipalityCode}.");
        }

        var ids = form.Parties.Select(p => p.MembershipId).ToList();
        var arrangementOf = await db.Memberships.Where(m => ids.Contains(m.Id) && m.MunicipalityId == municipality.Id)
            .ToDictionaryAsync(m => m.Id, m => m.ArrangementId, cancellationToken);
        if (form.Parties.FirstOrDefault(p => !arrangementOf.ContainsKey(p.MembershipId)) is { } stranger)
        {
            return FormSaveResult.Invalid("",
                $"{(stranger.Name.Length > 0 ? stranger.Name : "Een van de partijen")} is geen deelname van {municipality.Name}. Laad de pagina opnieuw; er is niets opgeslagen.");
        }

        var regimes = await db.RiskRegimes.Where(r => r.MunicipalityId == municipality.Id).ToListAsync(cancellationToken);
        foreach (var input in form.Regimes)
        {
            var existing = regimes.FirstOrDefault(r => r.RiskClass == input.RiskClass);
            var text = Clean(input.Description);
            if (existing is null)
            {
                if (input.Version is not null)
                {
                    return FormSaveResult.Conflict(ChangedMeanwhile);
                }

                if (text is not null)
                {
                    db.RiskRegimes.Add(new RiskRegime { MunicipalityId = municipality.Id, RiskClass = input.RiskClass, Description = text });
                }
            }
            else if (input.Version != existing.Version)
            {
                return FormSaveResult.Conflict(ChangedMeanwhile);
            }
            else if (text is null)
            {
                db.RiskRegimes.Remove(existing);
            }
            else if (existing.Description != text)
            {
                existing.Description = text;
            }
        }

        var policies = await db.PartyPolicies.Where(p => ids.Contains(p.MembershipId) && p.Year == form.Year).ToListAsync(cancellationToken);
        foreach (var input in form.Parties)
        {
            var existing = policies.FirstOrDefault(p => p.MembershipId == input.MembershipId);
            var (vision, intentions, accountability) = (Clean(input.Vision), Clean(input.Intentions), Clean(input.Accountability));
            var empty = vision is null && intentions is null && accountability is null;
            if (existing is null)
            {
                if (input.Version is not null)
                {
                    return FormSaveResult.Conflict(ChangedMeanwhile);
                }

                if (!empty)
                {
                    db.PartyPolicies.Add(new PartyPolicy
                    {
                        MembershipId = input.MembershipId, Year = form.Year, Vision = vision, Intentions = intentions, Accountability = accountability,
                    });
                }
            }
            else if (input.Version != existing.Version)
            {
                return FormSaveResult.Conflict(ChangedMeanwhile);
            }
            else if (empty)
            {
                db.PartyPolicies.Remove(existing);
            }
            else
            {
                existing.Vision = vision;
                existing.Intentions = intentions;
                existing.Accountability = accountability;
            }
        }

        return await SaveChangesAsync(db, user, arrangementOf, cancellationToken);
    }

    private async Task<FormSaveResult> SaveChangesAsync(
        RegisterDbContext db, ClaimsPrincipal user, IReadOnlyDictionary<int, int> arrangementOf, CancellationToken cancellationToken)
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
            // Somebody else wrote the same class or party and year first.
            return FormSaveResult.Conflict(ChangedMeanwhile);
        }
        catch (DbUpdateException e) when (ConstraintMessages.For(e) is { } message)
        {
            return FormSaveResult.Invalid("", message + " Er is niets opgeslagen.");
        }

        // A party's texts belong on its arrangement's timeline; the regimes are the municipality's own.
        db.ChangeRecords.AddRange(log.Records(userName, clock.GetUtcNow(),
            entity => entity is PartyPolicy policy ? arrangementOf.GetValueOrDefault(policy.MembershipId) : null));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return FormSaveResult.Saved;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
