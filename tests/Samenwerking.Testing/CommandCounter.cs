using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Samenwerking.Testing;

/// <summary>
/// Counts the SQL commands the app sends, to hold pages to a bound on round trips; on request it also keeps a copy of
/// them, so the benchmark can time a page's own SQL alone.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private readonly List<RecordedCommand> recorded = [];
    private int count;
    private volatile bool recording;

    public int Count => Volatile.Read(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);

    /// <summary>From now on, keeps a copy of every command sent (forgetting the ones kept before).</summary>
    public void StartRecording()
    {
        lock (recorded)
        {
            recorded.Clear();
            recording = true;
        }
    }

    /// <summary>The commands sent since <see cref="StartRecording"/>, in order.</summary>
    public IReadOnlyList<RecordedCommand> StopRecording()
    {
        lock (recorded)
        {
            recording = false;
            return [.. recorded];
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Sent(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Sent(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Sent(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Sent(DbCommand command)
    {
        Interlocked.Increment(ref count);
        if (recording)
        {
            lock (recorded)
            {
                recorded.Add(RecordedCommand.Of(command));
            }
        }
    }
}
