using Microsoft.Extensions.Options;

namespace CryoWeb.Controller.Storage;

/// <summary>Start-up validation of the Storage section (<see cref="StorageOptions.Problem"/>): the message names the key.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
