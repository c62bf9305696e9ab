package dev.cairn.sample.web;

import dev.cairn.sample.catalog.NotFoundException;
import dev.cairn.sample.catalog.UnknownReferenceException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns errors into problem details ({@code application/problem+json}): Spring MVC's own (malformed
 * JSON, failed validation, wrong parameter types: 400) through {@link
 * ResponseEntityExceptionHandler}, with the invalid fields listed under {@code errors}; a missing
 * book or author 404; an unknown reference in a body 400; a stale version or a duplicate name 409.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail unknownReference(UnknownReferenceException e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail staleVersion(OptimisticLockingFailureException e) {
    return problem(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail duplicate(DuplicateKeyException e) {
    return problem(
        HttpStatus.CONFLICT, "An author or tag of that name exists already; choose another name");
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<String> errors =
        e.getBindingResult().getFieldErrors().stream().map(ProblemHandler::describe).toList();
    ProblemDetail body = e.getBody();
    body.setProperty("errors", errors);
    return handleExceptionInternal(e, body, headers, status, request);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<String> errors = new ArrayList<>();
    for (ParameterValidationResult result : e.getParameterValidationResults()) {
      String parameter = result.getMethodParameter().getParameterName();
      for (MessageSourceResolvable error : result.getResolvableErrors()) {
        errors.add(
            error instanceof FieldError field
                ? describe(field)
                : parameter + ": " + error.getDefaultMessage());
      }
    }
    ProblemDetail body = e.getBody();
    body.setProperty("errors", errors);
    return handleExceptionInternal(e, body, headers, status, request);
  }

  private static String describe(FieldError error) {
    return error.getField() + ": " + error.getDefaultMessage();
  }

  private static ProblemDetail problem(HttpStatus status, @Nullable String detail) {
    return ProblemDetail.forStatusAndDetail(
        status, detail == null ? status.getReasonPhrase() : detail);
  }
}
