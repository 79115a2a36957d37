package org.throughcare.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Wiring for the FHIR API: the FhirRequest argument, the request body size limit and request mapping lookup. */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(FhirApiProperties.class)
class FhirWebConfiguration implements WebMvcConfigurer {

    private final FhirContext fhirContext;

    FhirWebConfiguration(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == FhirRequest.class;
            }

            @Override
            public Object resolveArgument(
                    MethodParameter parameter,
                    ModelAndViewContainer container,
                    NativeWebRequest webRequest,
                    WebDataBinderFactory binderFactory) {
                return new FhirRequest(webRequest.getNativeRequest(HttpServletRequest.class), fhirContext)
                        .withPlainParameters();
            }
        });
    }

    /** Request mappings looked up without matching every pattern (PrefilteredRequestMappings). */
    @Bean
    WebMvcRegistrations prefilteredRequestMappings() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PrefilteredRequestMappings();
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            FhirApiProperties properties, FhirResponder responder) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(
                        properties.maxBodySize().toBytes(),
                        new LargeBodyBudget(
                                properties.largeBodyBudget().toBytes(),
                                properties.maxBodySize().toBytes(),
                                Duration.ofSeconds(10)),
                        responder,
                        fhirContext));
        registration.addUrlPatterns("/fhir/*");
        // Before the security filters: an oversized body is refused at once, unread, whoever sent it.
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }
}
