namespace CryoWeb.Controller.Iceball;

/// <summary>What the live estimator is doing.</summary>
public enum IceballState
{
    /// <summary>No procedure runs: nothing to estimate.</summary>
    NoProcedure,

    /// <summary>A procedure runs but nobody has placed its probes yet.</summary>
    NoLayout,

    /// <summary>A layout arrived during the procedure: the models are replaying what happened since it started.</summary>
    CatchingUp,

    /// <summary>Following the procedure in real time.</summary>
    Estimating,

    /// <summary>The estimator stopped on an error; the console itself is unaffected.</summary>
    Failed,
}
