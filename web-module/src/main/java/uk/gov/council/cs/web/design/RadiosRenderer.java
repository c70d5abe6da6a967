package uk.gov.council.cs.web.design;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectOne;
import jakarta.faces.component.ValueHolder;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.convert.Converter;
import jakarta.faces.render.FacesRenderer;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A single choice drawn as the Design System's radios ({@code <council:radios>}): each choice an
 * input with its label beside it and its hint below, the whole group one name, so the browser and
 * assistive technology treat it as one question. The legend is the page's (a fieldset around it).
 * Attributes: {@code small} for the smaller radios, {@code inline} for short yes/no choices.
 */
@FacesRenderer(componentFamily = UISelectOne.COMPONENT_FAMILY, rendererType = RadiosRenderer.TYPE)
public class RadiosRenderer extends Renderer<UIInput> {

    public static final String TYPE = "uk.gov.council.cs.Radios";

    @Override
    public void decode(FacesContext context, UIInput component) {
        if (!component.isRendered() || Boolean.TRUE.equals(component.getAttributes().get("readonly"))) {
            return;
        }
        String submitted = context.getExternalContext().getRequestParameterMap().get(component.getClientId(context));
        // Nothing chosen submits nothing: an empty string, so "required" and the value's own rules apply.
        component.setSubmittedValue(submitted == null ? "" : submitted);
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submitted) {
        String text = (String) submitted;
        if (text == null || text.isEmpty()) {
            return null;
        }
        Converter<Object> converter = converter(context, (UIInput) component);
        return converter == null ? text : converter.getAsObject(context, component, text);
    }

    @Override
    public void encodeEnd(FacesContext context, UIInput component) throws IOException {
        if (!component.isRendered()) {
            return;
        }
        ResponseWriter w = context.getResponseWriter();
        String clientId = component.getClientId(context);
        String current = current(context, component);
        StringBuilder classes = new StringBuilder("govuk-radios");
        if (Boolean.parseBoolean(String.valueOf(component.getAttributes().get("small")))) {
            classes.append(" govuk-radios--small");
        }
        if (Boolean.parseBoolean(String.valueOf(component.getAttributes().get("inline")))) {
            classes.append(" govuk-radios--inline");
        }
        w.startElement("div", component);
        w.writeAttribute("id", clientId, "id");
        w.writeAttribute("class", classes.toString(), null);
        w.writeAttribute("data-module", "govuk-radios", null);
        List<ChoiceItems.Choice> choices = ChoiceItems.of(context, component);
        Converter<Object> converter = converter(context, component);
        for (int i = 0; i < choices.size(); i++) {
            ChoiceItems.Choice choice = choices.get(i);
            String itemId = clientId + ":" + i;
            String value = choice.none() || choice.value() == null ? "" : asString(context, component, converter, choice.value());
            w.startElement("div", component);
            w.writeAttribute("class", "govuk-radios__item", null);
            w.startElement("input", component);
            w.writeAttribute("class", "govuk-radios__input", null);
            w.writeAttribute("id", itemId, null);
            w.writeAttribute("name", clientId, null);
            w.writeAttribute("type", "radio", null);
            w.writeAttribute("value", value, null);
            if (Objects.equals(value, current == null ? "" : current)) {
                w.writeAttribute("checked", "checked", null);
            }
            if (choice.hint() != null) {
                w.writeAttribute("aria-describedby", itemId + "-hint", null);
            }
            w.endElement("input");
            w.startElement("label", component);
            w.writeAttribute("class", "govuk-label govuk-radios__label", null);
            w.writeAttribute("for", itemId, null);
            w.writeText(choice.label(), null);
            w.endElement("label");
            if (choice.hint() != null) {
                w.startElement("div", component);
                w.writeAttribute("id", itemId + "-hint", null);
                w.writeAttribute("class", "govuk-hint govuk-radios__hint", null);
                w.writeText(choice.hint(), null);
                w.endElement("div");
            }
            w.endElement("div");
        }
        w.endElement("div");
    }

    @Override
    public boolean getRendersChildren() {
        // The f:selectItem(s) children are read, not rendered.
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context, UIInput component) {
        // Nothing: the choices are written by encodeEnd.
    }

    /** What is chosen now, as the string a radio's value carries: the value typed back after a refusal, or the model's. */
    private static String current(FacesContext context, UIInput component) {
        Object submitted = component.getSubmittedValue();
        if (submitted != null) {
            return String.valueOf(submitted);
        }
        Object value = component.getValue();
        return value == null ? null : asString(context, component, converter(context, component), value);
    }

    private static String asString(FacesContext context, UIComponent component, Converter<Object> converter, Object value) {
        return converter == null ? String.valueOf(value) : converter.getAsString(context, component, value);
    }

    @SuppressWarnings("unchecked")
    private static Converter<Object> converter(FacesContext context, UIInput component) {
        Converter<?> own = ((ValueHolder) component).getConverter();
        if (own != null) {
            return (Converter<Object>) own;
        }
        var expression = component.getValueExpression("value");
        Class<?> type = expression == null ? null : expression.getType(context.getELContext());
        return type == null || type == String.class || type == Object.class ? null
                : (Converter<Object>) context.getApplication().createConverter(type);
    }
}
