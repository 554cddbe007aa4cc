using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements;

public sealed record ChangeItem(DateTimeOffset At, string UserName, string EntityType, ChangeAction Action, IReadOnlyList<FieldChange> Changes);
