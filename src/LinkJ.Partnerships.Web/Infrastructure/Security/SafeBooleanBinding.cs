using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>
/// A posted checkbox value that is not a boolean ("yes", "&lt;script&gt;") is a model error like any other,
/// and the form re-renders with the box unchecked. Without this, the checkbox tag helper parses the attempted
/// value again while re-rendering and throws, turning bad input into a 500.
/// </summary>
public static class SafeBooleanBinding
{
    public static IServiceCollection AddSafeBooleanBinding(this IServiceCollection services) =>
        services.Configure<MvcOptions>(options => options.ModelBinderProviders.Insert(0, new Provider()));

    private sealed class Provider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            (Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType) == typeof(bool)
                ? new Binder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
                : null;
    }

    private sealed class Binder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (!bindingContext.Result.IsModelSet
                && bindingContext.ModelState.TryGetValue(bindingContext.ModelName, out var entry) && entry.Errors.Count > 0)
            {
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: false, attemptedValue: "false");
            }
        }
    }
}
