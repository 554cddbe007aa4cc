using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Samenwerking.Web.Features.Caching;

/// <summary>
/// After this process commits a write, reads the register version at once, so the very next page this instance
/// serves shows the change without waiting for the announcement. Other processes and instances learn of it from
/// <see cref="RegisterChangeListener"/>, which also covers this process when reading here fails: a write that
/// committed is never undone by its cache.
/// </summary>
internal sealed partial class RegisterCommitInterceptor(RegisterVersion version, ILogger<RegisterCommitInterceptor> logger)
    : IDbTransactionInterceptor, ISaveChangesInterceptor
{
    public Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        RefreshAsync(cancellationToken);

    public async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Inside a transaction nothing is visible yet: the commit refreshes.
        if (result > 0 && eventData.Context?.Database.CurrentTransaction is null)
        {
            await RefreshAsync(cancellationToken);
        }

        return result;
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            await version.RefreshAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            // Before the migrations have made the version (or without a database for a moment) there is nothing to refresh.
            LogRefreshFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Registerversie niet gelezen na een wijziging.")]
    private partial void LogRefreshFailed(Exception exception);
}
