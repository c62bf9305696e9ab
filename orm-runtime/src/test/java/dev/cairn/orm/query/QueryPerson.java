package dev.cairn.orm.query;

import dev.cairn.orm.annotation.AttributeConverter;
import dev.cairn.orm.annotation.Convert;
import dev.cairn.orm.annotation.Entity;
import dev.cairn.orm.annotation.Id;
import dev.cairn.orm.annotation.Table;

/** The entity the query tests read: table {@code people}. */
@Entity
@Table(name = "people")
public class QueryPerson {

  /** An e-mail address stored as text through a converter. */
  public record Email(String value) {}

  /** Stores {@link Email} as its text. */
  public static final class EmailConverter implements AttributeConverter<Email, String> {
    public EmailConverter() {}

    @Override
    public String toColumn(Email attribute) {
      return attribute.value();
    }

    @Override
    public Email toAttribute(String column) {
      return new Email(column);
    }
  }

  @Id Long id;
  String username;
  Integer age;
  boolean active;
  String nickname;

  @Convert(converter = EmailConverter.class)
  Email email;

  protected QueryPerson() {}

  /** A new active person without nickname, e-mail {@code <username>@new.org}. */
  public QueryPerson(Long id, String username, Integer age) {
    this.id = id;
    this.username = username;
    this.age = age;
    this.active = true;
    this.email = new Email(username + "@new.org");
  }

  public void setNickname(String nickname) {
    this.nickname = nickname;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public Integer getAge() {
    return age;
  }

  public boolean isActive() {
    return active;
  }

  public String getNickname() {
    return nickname;
  }

  public Email getEmail() {
    return email;
  }

  /** Not a property's getter: there is no field {@code displayName}. */
  public String getDisplayName() {
    return username + " (" + age + ")";
  }

  @Override
  public String toString() {
    return "QueryPerson[" + id + ", " + username + "]";
  }
}
