namespace Samenwerking.Web.Domain;

/// <summary>Why municipalities cooperate (doel van de samenwerking); independent of the legal form.</summary>
public enum GoalLevel
{
    Strategisch,
    Tactisch,
    Operationeel,
}
