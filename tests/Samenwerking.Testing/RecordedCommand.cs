using System.Data.Common;

namespace Samenwerking.Testing;

/// <summary>A copy of a command the app sent: its SQL and its parameters, to send again on another connection.</summary>
public sealed record RecordedCommand(string Text, IReadOnlyList<DbParameter> Parameters)
{
    public static RecordedCommand Of(DbCommand command) => new(command.CommandText,
        [.. command.Parameters.Cast<DbParameter>().Select(p => (DbParameter)((ICloneable)p).Clone())]);
}
