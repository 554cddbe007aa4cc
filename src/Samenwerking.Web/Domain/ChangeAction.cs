namespace Samenwerking.Web.Domain;

public enum ChangeAction
{
    Added,
    Modified,
    Removed,
}
